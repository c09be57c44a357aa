package io.mediadesk.desktop.transform;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.render.NotRenderableException;
import io.mediadesk.engine.render.Rendered;
import java.util.Locale;

/** Words for what a render did or why it did not: shared by the preview and the grid. */
final class Outcome {
    private Outcome() {
    }

    /** {@code 400 × 300 · JPG · 18.2 KB}. */
    static String summary(Rendered rendered) {
        return rendered.width() + " × " + rendered.height() + " · " + rendered.format().extension().toUpperCase(Locale.ROOT)
                + " · " + ByteCount.text(rendered.bytes());
    }

    /** {@code 4272 × 2848 · JPG · size follows}: a quick preview's facts, before the exact render has counted the bytes. */
    static String summary(io.mediadesk.engine.render.PreviewPixels preview) {
        return preview.outputWidth() + " × " + preview.outputHeight() + " · "
                + preview.format().extension().toUpperCase(Locale.ROOT) + " · " + PENDING_BYTES;
    }

    /** Said in place of the byte count until the exact render has it. */
    static final String PENDING_BYTES = "bytes follow";

    /** A refusal or failure as one readable sentence; the engine's messages already name the parameter. */
    static String failure(Throwable failure) {
        if (failure instanceof NotRenderableException || failure instanceof PlanningException) {
            return "Not rendered locally — " + failure.getMessage();
        }
        if (failure instanceof ImageRejectedException) {
            return "The image cannot be used — " + failure.getMessage();
        }
        if (failure instanceof EngineException) {
            return failure.getMessage();
        }
        return "Rendering failed: " + failure;
    }
}
