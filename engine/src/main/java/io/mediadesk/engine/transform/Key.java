package io.mediadesk.engine.transform;

import static io.mediadesk.engine.transform.CompoundGrammar.*;
import static io.mediadesk.engine.transform.InputGrammar.*;
import static io.mediadesk.engine.transform.NumberGrammar.*;
import static io.mediadesk.engine.transform.PartsGrammar.*;
import static io.mediadesk.engine.transform.WordGrammar.*;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * THE table of parameter keys, read by both the parser and the formatter: short key, where it is
 * valid, flags, value grammar, and the SDK long names (current and legacy, spec 7.8) the parser
 * also accepts. The declaration order is the canonical order of plain parameters in a step.
 *
 * <p>Column "where": {@code T} top level, {@code I} image/video layer, {@code X} text layer,
 * {@code S} subtitles layer, {@code L} any layer; then {@code e} = arithmetic expressions allowed
 * (spec 7.5), {@code b} = may be written bare. Layer membership follows the lists of spec 7.7;
 * {@code al} is also allowed in image layers for solid-colour blocks ({@code i-ik_canvas}).
 */
public enum Key {
    N("n", "T", NAME, "named"),
    ORIG("orig", "T", BOOLEAN, "original"),
    I("i", "L", INPUT),
    IE("ie", "L", INPUT_BASE64),
    W("w", "TIX e", WIDTH, "width"),
    H("h", "TI e", HEIGHT, "height"),
    AR("ar", "TI e", RATIO, "aspectRatio"),
    C("c", "TI", CROP, "crop"),
    CM("cm", "TI", CROP_MODE, "cropMode"),
    FO("fo", "TI", FOCUS, "focus"),
    Z("z", "TI", POSITIVE, "zoom"),
    X("x", "TI e", OFFSET, "x"),
    Y("y", "TI e", OFFSET, "y"),
    XC("xc", "TI e", OFFSET, "xCenter"),
    YC("yc", "TI e", OFFSET, "yCenter"),
    DPR("dpr", "TI e", NumberGrammar.DPR, "dpr"),
    Q("q", "TI", PERCENT_1_100, "quality"),
    F("f", "T", FORMAT, "format"),
    PR("pr", "T", BOOLEAN, "progressive"),
    LO("lo", "T", BOOLEAN, "lossless"),
    MD("md", "T", BOOLEAN, "metadata"),
    CP("cp", "T", BOOLEAN, "colorProfile"),
    DI("di", "T", PATH, "defaultImage"),
    PG("pg", "TI", PAGE, "page"),
    T("t", "TI", TRIM, "trim"),
    BL("bl", "TI", PERCENT_1_100, "blur"),
    RT("rt", "TIX", ROTATION, "rotation", "rotate"),
    FL("fl", "TIX", FLIP, "flip"),
    R("r", "TIX", RADIUS, "radius"),
    B("b", "TI e", BORDER, "border"),
    BG("bg", "TIXS", BACKGROUND, "background"),
    O("o", "TI", PERCENT_0_100, "opacity"),
    CR("cr", "T", COLOR_REPLACE, "colorReplace"),
    E_GRAYSCALE("e-grayscale", "TI b", Syntax.NONE, "grayscale", "effectGray"),
    E_CONTRAST("e-contrast", "TI b", Syntax.NONE, "contrastStretch", "effectContrast"),
    E_SHARPEN("e-sharpen", "TI b", POSITIVE, "sharpen", "effectSharpen"),
    E_USM("e-usm", "TI b", UNSHARP_MASK, "unsharpMask", "effectUSM"),
    E_SHADOW("e-shadow", "TI b", SHADOW, "shadow", "effectShadow"),
    E_GRADIENT("e-gradient", "TI eb", GRADIENT, "gradient", "effectGradient"),
    E_COLORIZE("e-colorize", "T", COLORIZE, "colorize"),
    E_DISTORT("e-distort", "T", DISTORT, "distort"),
    E_BGREMOVE("e-bgremove", "TI b", Syntax.NONE, "aiRemoveBackground"),
    E_REMOVEDOTBG("e-removedotbg", "TI b", Syntax.NONE, "aiRemoveBackgroundExternal"),
    E_DROPSHADOW("e-dropshadow", "TI b", DROPSHADOW, "aiDropShadow"),
    E_UPSCALE("e-upscale", "T b", Syntax.NONE, "aiUpscale"),
    E_RETOUCH("e-retouch", "T b", Syntax.NONE, "aiRetouch"),
    E_GENVAR("e-genvar", "T b", Syntax.NONE, "aiVariation"),
    E_CHANGEBG("e-changebg", "T", PROMPT, "aiChangeBackground"),
    E_EDIT("e-edit", "T", PROMPT, "aiEdit"),
    FS("fs", "XS e", FONT_SIZE, "fontSize"),
    FF("ff", "XS", PATH, "fontFamily"),
    CO("co", "XS", COLOR, "fontColor", "color"),
    IA("ia", "X", INNER_ALIGNMENT, "innerAlignment"),
    PA("pa", "X e", PADDING, "padding"),
    AL("al", "IX", ALPHA, "alpha"),
    TG("tg", "XS", TYPOGRAPHY, "typography"),
    LH("lh", "X e", LINE_HEIGHT, "lineHeight"),
    FOL("fol", "S", BORDER, "fontOutline"),
    FSH("fsh", "S", FONT_SHADOW, "fontShadow"),
    LX("lx", "L e", POSITION),
    LY("ly", "L e", POSITION),
    LXC("lxc", "L e", POSITION),
    LYC("lyc", "L e", POSITION),
    LFO("lfo", "L", LAYER_FOCUS),
    LAP("lap", "L", ANCHOR),
    LM("lm", "L", LAYER_MODE, "layerMode"),
    LSO("lso", "L e", SECONDS),
    LEO("leo", "L e", SECONDS),
    LDU("ldu", "L e", SECONDS),
    VC("vc", "T", VIDEO_CODEC, "videoCodec"),
    AC("ac", "T", AUDIO_CODEC, "audioCodec"),
    SO("so", "T e", SECONDS, "startOffset"),
    EO("eo", "T e", SECONDS, "endOffset"),
    DU("du", "T e", SECONDS, "duration"),
    SR("sr", "T", STREAMING, "streamingResolutions");

    private static final Map<String, Key> BY_NAME = new HashMap<>();

    static {
        for (Key key : values()) {
            BY_NAME.put(key.shortKey, key);
            key.longNames.forEach(name -> BY_NAME.putIfAbsent(name, key));
        }
    }

    private final String shortKey;
    private final Set<Scope> scopes;
    private final boolean expressions;
    private final boolean bare;
    private final Syntax syntax;
    private final List<String> longNames;

    Key(String shortKey, String where, Syntax syntax, String... longNames) {
        this.shortKey = shortKey;
        String flags = where.contains(" ") ? where.substring(where.indexOf(' ') + 1) : "";
        String places = where.split(" ")[0].replace("L", "IXS");
        this.scopes = EnumSet.noneOf(Scope.class);
        for (Scope scope : Scope.values()) {
            if (places.indexOf(scope.code()) >= 0) {
                scopes.add(scope);
            }
        }
        this.expressions = flags.contains("e");
        this.bare = flags.contains("b");
        this.syntax = syntax;
        this.longNames = List.of(longNames);
    }

    /** The key as written in URLs and in the canonical string: {@code w}, {@code e-sharpen}. */
    public String shortKey() {
        return shortKey;
    }

    /** SDK option names mapping to this key, current first, then legacy ({@code rotate}). */
    public List<String> longNames() {
        return longNames;
    }

    public boolean allowsExpressions() {
        return expressions;
    }

    public boolean allowsBare() {
        return bare;
    }

    public boolean validIn(Scope scope) {
        return scopes.contains(scope);
    }

    Syntax syntax() {
        return syntax;
    }

    /** The name used in messages: the first long name, else the short key. */
    String label() {
        return longNames.isEmpty() || longNames.get(0).equals(shortKey) ? shortKey : longNames.get(0);
    }

    /** The key named exactly {@code name} (short or long). */
    public static Optional<Key> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    @Override
    public String toString() {
        return shortKey;
    }
}
