package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Key;

/**
 * Whether the local engine renders a parameter: the one table that decides it for every
 * {@link Key}, so the planner's refusals and the key table test read the same answer. AI and
 * video keys (with the video timing of layers and the subtitle keys) are {@link #HOSTED_ONLY}:
 * no local engine is planned for them. Some values of rendered keys are refused on their own
 * ({@code lm-displace}, {@code l-video}; {@link LayerKeys}).
 */
public enum Support {
    RENDERED("rendered by the local engine"),
    HOSTED_ONLY("rendered by the hosted service only"),
    NOT_YET("not rendered by the local engine yet");

    private final String phrase;

    Support(String phrase) {
        this.phrase = phrase;
    }

    /** The words a refusal starts with, e.g. "rendered by the hosted service only". */
    public String phrase() {
        return phrase;
    }

    public static Support of(Key key) {
        return switch (key) {
            case E_BGREMOVE, E_REMOVEDOTBG, E_DROPSHADOW, E_UPSCALE, E_RETOUCH, E_GENVAR, E_CHANGEBG, E_EDIT,
                    VC, AC, SO, EO, DU, SR, FOL, FSH, LSO, LEO, LDU -> HOSTED_ONLY;
            case N, DI -> NOT_YET;
            default -> RENDERED;
        };
    }

    /** Why a key the engine does not render is refused, for people. */
    static String reason(Key key) {
        return switch (key) {
            case E_BGREMOVE, E_REMOVEDOTBG, E_DROPSHADOW, E_UPSCALE, E_RETOUCH, E_GENVAR, E_CHANGEBG, E_EDIT ->
                    "an AI feature of the hosted service";
            case VC, AC, SO, EO, DU, SR, LSO, LEO, LDU -> "applies to video only";
            case FOL, FSH -> "belongs to a subtitles layer, which applies to video only";
            case N -> "a named transformation must be expanded (TransformationParser with a PresetLookup) before planning";
            case DI -> "chooses the source, which happens before planning";
            default -> "not rendered by the local engine";
        };
    }
}
