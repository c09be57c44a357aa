package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Value grammars for enumerated words, booleans and names. Words are case-sensitive, as the CDN's are. */
final class WordGrammar {
    /** COCO object names the service can focus on (spec 7.1), in its camelCase spelling. */
    static final Set<String> OBJECTS = Set.of(("person bicycle car motorcycle airplane bus train truck "
            + "boat trafficLight fireHydrant stopSign parkingMeter bench bird cat dog horse sheep cow elephant "
            + "bear zebra giraffe backpack umbrella handbag tie suitcase frisbee skis snowboard sportsBall kite "
            + "baseballBat baseballGlove skateboard surfboard tennisRacket bottle wineGlass cup fork knife spoon "
            + "bowl banana apple sandwich orange broccoli carrot hotDog pizza donut cake chair couch pottedPlant "
            + "bed diningTable toilet tv laptop mouse remote keyboard cellPhone microwave oven toaster sink "
            + "refrigerator book clock vase scissors teddyBear hairDrier toothbrush").split(" "));
    static final List<String> POSITIONS = List.of("center", "top", "left", "bottom", "right",
            "top_left", "top_right", "bottom_left", "bottom_right");

    static final Syntax CROP = words("maintain_ratio", "force", "at_max", "at_max_enlarge", "at_least",
            "maintain_ratio_no_enlarge");
    static final Syntax CROP_MODE = words("pad_resize", "extract", "pad_extract", "pad_resize_no_enlarge",
            "pad_extract_no_shrink");
    static final Syntax FOCUS = WordGrammar::focus;
    static final Syntax FORMAT = words("auto", "webp", "jpg", "jpeg", "png", "gif", "svg", "avif", "mp4", "webm", "orig");
    static final Syntax FLIP = words("h", "v", "h_v", "v_h");
    static final Syntax VIDEO_CODEC = words("h264", "vp9", "av1", "none");
    static final Syntax AUDIO_CODEC = words("aac", "opus", "none");
    static final Syntax INNER_ALIGNMENT = words("left", "right", "center");
    static final Syntax LAYER_FOCUS = words(POSITIONS.toArray(String[]::new));
    static final Syntax ANCHOR = words(POSITIONS.toArray(String[]::new));
    static final Syntax LAYER_MODE = words("multiply", "cutter", "cutout", "displace");
    static final Syntax BOOLEAN = in -> switch (in.text()) {
        case "true" -> new Value.Flag(true);
        case "false" -> new Value.Flag(false);
        default -> throw in.fail(in.label() + " must be true or false");
    };
    static final Syntax NAME = WordGrammar::name;
    static final Syntax PAGE = WordGrammar::page;
    static final Syntax TYPOGRAPHY = WordGrammar::typography;

    private static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9_]{1,100}");
    // 2, 1_3_5, 2-4, 4-, name-"layer a"_"layer b" (spec 7.2); quotes may arrive URL-encoded.
    private static final Pattern PAGE_PATTERN = Pattern.compile(
            "\\d{1,5}(-\\d{0,5})?(_\\d{1,5}(-\\d{0,5})?)*|name-[^,:]{1,500}");
    private static final List<String> STYLES = List.of("b", "i", "strikethrough");

    private WordGrammar() {
    }

    static Syntax words(String... allowed) {
        List<String> list = List.of(allowed);
        return in -> {
            if (!list.contains(in.text())) {
                throw in.fail(in.label() + " must be one of " + String.join(", ", list));
            }
            return new Value.Word(in.text());
        };
    }

    private static Value focus(ValueText in) {
        String text = in.text();
        if (POSITIONS.contains(text) || OBJECTS.contains(text) || Set.of("auto", "face", "custom").contains(text)) {
            return new Value.Word(text);
        }
        throw in.fail("focus must be a position (center, top, left, bottom, right, top_left, ...), "
                + "auto, face, custom or an object name such as person or dog; \"" + text + "\" is none");
    }

    private static Value name(ValueText in) {
        if (!NAME_PATTERN.matcher(in.text()).matches()) {
            throw in.fail("a named transformation is letters, digits and _ only");
        }
        return new Value.Word(in.text());
    }

    private static Value page(ValueText in) {
        if (!PAGE_PATTERN.matcher(in.text()).matches()) {
            throw in.fail("page must be a number (2), a list (1_3_5), a range (2-4, 4-) or name-\"layer\"");
        }
        return new Value.Word(in.text());
    }

    /** {@code b}, {@code i}, {@code strikethrough} joined by {@code _}; written in that order. */
    private static Value typography(ValueText in) {
        List<String> given = List.of(in.text().split("_", -1));
        List<Value> styles = new ArrayList<>();
        for (String style : STYLES) {
            if (given.contains(style)) {
                styles.add(new Value.Word(style));
            }
        }
        if (styles.size() != given.size() || given.stream().distinct().count() != given.size()) {
            throw in.fail("typography is b, i or strikethrough, joined with _ (e.g. b_i), each at most once");
        }
        return new Value.Items(styles, "_");
    }
}
