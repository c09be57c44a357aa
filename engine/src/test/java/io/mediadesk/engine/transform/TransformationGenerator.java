package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes random but valid transformation strings, in the many spellings the parser accepts (long
 * names, lowercase hex, {@code .5}, trailing zeros, any parameter order, layers, if-blocks), for
 * the round-trip property test. Seeded, so a failure names a reproducible case.
 */
final class TransformationGenerator {
    private static final List<String> TOP = List.of("w", "h", "ar", "c", "cm", "fo", "z", "x", "y", "xc", "yc",
            "dpr", "q", "f", "pr", "lo", "md", "cp", "di", "pg", "t", "bl", "rt", "fl", "r", "b", "bg", "o", "cr",
            "e-grayscale", "e-contrast", "e-sharpen", "e-usm", "e-shadow", "e-gradient", "e-colorize", "e-distort",
            "e-bgremove", "e-removedotbg", "e-dropshadow", "e-upscale", "e-retouch", "e-genvar", "e-changebg",
            "e-edit", "vc", "ac", "so", "eo", "du", "sr", "n");
    private static final List<String> LAYER = List.of("lx", "ly", "lxc", "lyc", "lfo", "lap", "lm", "lso", "leo", "ldu");
    private static final List<String> IMAGE = concat(List.of("w", "h", "ar", "c", "cm", "fo", "z", "x", "y", "xc",
            "yc", "dpr", "q", "pg", "t", "bl", "rt", "fl", "r", "b", "bg", "o", "e-grayscale", "e-contrast",
            "e-sharpen", "e-usm", "e-shadow", "e-gradient", "e-bgremove", "e-removedotbg", "e-dropshadow", "al"), LAYER);
    private static final List<String> TEXT = concat(List.of("w", "rt", "fl", "r", "bg", "fs", "ff", "co", "ia",
            "pa", "al", "tg", "lh"), LAYER);
    private static final List<String> SUBTITLE = concat(List.of("bg", "fs", "ff", "co", "tg", "fol", "fsh"), LAYER);
    private static final List<String> NAMES = List.of("red", "navy", "white", "rebeccapurple", "lightgoldenrodyellow");

    private final Random random;

    TransformationGenerator(long seed) {
        this.random = new Random(seed);
    }

    String transformation() {
        String prefix = pick(List.of("", "", "tr:", "tr=", "?tr="));
        return prefix + chain(Scope.TOP, 0, 0, 1 + random.nextInt(4));
    }

    private String chain(Scope scope, int layers, int ifs, int steps) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            out.add(ifs < 2 && random.nextInt(10) == 0 ? conditional(scope, layers, ifs) : step(scope, layers, ifs, 1));
        }
        return String.join(":", out);
    }

    private String step(Scope scope, int layers, int ifs, int minimum) {
        List<String> pool = new ArrayList<>(pool(scope));
        Collections.shuffle(pool, random);
        List<String> items = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (String key : pool.subList(0, minimum + random.nextInt(4))) {
            if (!(key.equals("lxc") && used.contains("lx") || key.equals("lx") && used.contains("lxc")
                    || key.equals("lyc") && used.contains("ly") || key.equals("ly") && used.contains("lyc"))) {
                used.add(key);
                items.add(param(key, scope));
            }
        }
        if (layers < 3 && random.nextInt(6) == 0) {
            items.add(layer(layers, ifs));
        }
        Collections.shuffle(items, random);
        return String.join(",", items);
    }

    private String layer(int layers, int ifs) {
        LayerType type = pick(List.of(LayerType.values()));
        String input = type.scope() == Scope.IMAGE_LAYER
                ? (random.nextBoolean() ? "i-" + path() : "ie-" + PercentCoding.encode(PercentCoding.base64(path())))
                : (random.nextBoolean() ? "i-" + PercentCoding.encode(text()) : "ie-" + PercentCoding.encode(PercentCoding.base64(text())));
        String first = input + maybe("," + step(type.scope(), layers + 1, ifs, 1));
        String rest = random.nextInt(3) == 0 ? ":" + chain(type.scope(), layers + 1, ifs, 1 + random.nextInt(2)) : "";
        return type.token() + "," + first + rest + ",l-end";
    }

    private String conditional(Scope scope, int layers, int ifs) {
        List<String> comparisons = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            String prop = pick(List.of("w", "h", "ar", "iw", "ih", "iar"));
            String value = prop.contains("ar") && random.nextBoolean() ? (1 + random.nextInt(16)) + "-" + (1 + random.nextInt(9))
                    : number(0, 2000);
            comparisons.add(prop + "_" + pick(List.of("eq", "ne", "gt", "gte", "lt", "lte")) + "_" + value);
        }
        String condition = String.join(random.nextBoolean() ? "_and_" : "_or_", comparisons);
        String otherwise = random.nextBoolean() ? ",if-else," + chain(scope, layers, ifs + 1, 1 + random.nextInt(2)) : "";
        return "if-" + condition + "," + chain(scope, layers, ifs + 1, 1 + random.nextInt(2)) + otherwise + ",if-end";
    }

    private String param(String key, Scope scope) {
        String value = value(key, scope);
        String name = random.nextInt(5) == 0 ? Key.find(key).flatMap(k -> k.longNames().stream().findFirst()).orElse(key) : key;
        return value.isEmpty() ? name : name + "-" + value;
    }

    private String value(String key, Scope scope) {
        return switch (key) {
            case "w" -> pick(List.of(String.valueOf(1 + random.nextInt(4000)), "0." + (1 + random.nextInt(99)),
                    "auto", expression(scope), (1 + random.nextInt(900)) + ".0"));
            case "h" -> pick(List.of(String.valueOf(1 + random.nextInt(4000)), "." + (1 + random.nextInt(9)), expression(scope)));
            case "ar" -> pick(List.of((1 + random.nextInt(20)) + "-" + (1 + random.nextInt(20)),
                    (1 + random.nextInt(20)) + "_" + (1 + random.nextInt(20)), expression(scope)));
            case "c" -> pick(List.of("maintain_ratio", "force", "at_max", "at_max_enlarge", "at_least"));
            case "cm" -> pick(List.of("pad_resize", "extract", "pad_extract", "pad_extract_no_shrink"));
            case "fo" -> pick(List.of("center", "top_left", "auto", "face", "custom", "dog", "trafficLight"));
            case "z", "lh" -> number(0.1, 5);
            case "x", "y", "xc", "yc" -> random.nextBoolean() ? String.valueOf(random.nextInt(1000)) : expression(scope);
            case "lx", "ly", "lxc", "lyc" -> random.nextBoolean() ? signed(500) : expression(scope);
            case "dpr" -> pick(List.of("auto", "0." + (1 + random.nextInt(9)), String.valueOf(1 + random.nextInt(5)), expression(scope)));
            case "q", "bl" -> String.valueOf(1 + random.nextInt(100));
            case "o" -> String.valueOf(random.nextInt(101));
            case "al" -> String.valueOf(1 + random.nextInt(9));
            case "f" -> pick(List.of("auto", "webp", "jpg", "png", "avif", "orig"));
            case "pr", "lo", "md", "cp" -> pick(List.of("true", "false"));
            case "di", "ff" -> path();
            case "pg" -> pick(List.of("2", "1_3_5", "2-4", "4-"));
            case "t" -> pick(scope.isLayer() ? List.of("true", "false", "5") : List.of("true", String.valueOf(1 + random.nextInt(99))));
            case "rt" -> pick(List.of("auto", signed(360), number(0, 359)));
            case "fl" -> pick(List.of("h", "v", "h_v", "v_h"));
            case "r" -> pick(List.of("max", String.valueOf(1 + random.nextInt(50)),
                    random.nextInt(50) + "_" + random.nextInt(50) + "_" + random.nextInt(50) + "_" + random.nextInt(50)));
            case "b", "fol" -> (key.equals("b") && random.nextBoolean() ? expression(scope) : String.valueOf(1 + random.nextInt(20))) + "_" + color();
            case "bg" -> pick(List.of(color(), "dominant", "blurred", "blurred_auto", "blurred_" + random.nextInt(101) + "_" + signed(255),
                    "gradient_dominant", "gradient_dominant_4", "genfill", "genfill-prompt-" + PercentCoding.encode(text())));
            case "co" -> color();
            case "cr" -> color() + maybe("_" + random.nextInt(101) + maybe("_" + color()));
            case "e-grayscale", "e-contrast", "e-bgremove", "e-removedotbg", "e-upscale", "e-retouch", "e-genvar" -> "";
            case "e-sharpen" -> maybe(String.valueOf(1 + random.nextInt(10)));
            case "e-usm" -> maybe(number(0, 5) + "-" + number(0, 5) + "-" + number(0, 2) + "-" + number(0, 1));
            case "e-shadow" -> maybe(parts(List.of("bl-" + random.nextInt(16), "st-" + random.nextInt(101), "x-" + signed(100), "y-" + signed(100))));
            case "e-gradient" -> maybe(parts(List.of("ld-" + pick(List.of("top", "bottom_right", String.valueOf(random.nextInt(360)))),
                    "from-" + color(), "to-" + color(), "sp-" + (random.nextBoolean() ? number(0.1, 1) : expression(scope)))));
            case "e-colorize" -> parts(List.of("co-" + color())) + maybe("_in-" + random.nextInt(101));
            case "e-distort" -> random.nextBoolean() ? "a-" + signed(360) : "p-" + String.join("_", List.of(signed(99), signed(99),
                    signed(99), signed(99), signed(99), signed(99), signed(99), signed(99)));
            case "e-dropshadow" -> maybe(parts(List.of("az-" + random.nextInt(361), "el-" + random.nextInt(91), "st-" + random.nextInt(101))));
            case "e-changebg", "e-edit" -> random.nextBoolean() ? "prompt-" + PercentCoding.encode(text())
                    : "prompte-" + PercentCoding.encode(PercentCoding.base64(text()));
            case "vc" -> pick(List.of("h264", "vp9", "av1", "none"));
            case "ac" -> pick(List.of("aac", "opus", "none"));
            case "so", "eo", "du", "lso", "leo", "ldu" -> random.nextBoolean() ? number(0, 60)
                    : (scope == Scope.TOP ? "idu" : "bdu") + "_mul_0." + (1 + random.nextInt(9));
            case "sr" -> parts(List.of("240", "360", "720", "1080", "2160"));
            case "n" -> pick(List.of("thumb", "blur_thumbnail", "Hero2"));
            case "fs" -> random.nextBoolean() ? String.valueOf(1 + random.nextInt(200)) : expression(scope);
            case "ia" -> pick(List.of("left", "right", "center"));
            case "pa" -> String.join("_", pick(List.of(List.of("10"), List.of("5", "10"), List.of("1", expression(scope), "3"),
                    List.of("1", "2", "3", "4"))));
            case "tg" -> parts(List.of("b", "i", "strikethrough"));
            case "fsh" -> color() + "_" + signed(5);
            case "lfo", "lap" -> pick(List.of("center", "top", "bottom_right"));
            case "lm" -> pick(List.of("multiply", "cutter", "cutout", "displace"));
            default -> throw new IllegalArgumentException("no generator for " + key);
        };
    }

    /** A non-empty random subset of the parts, in random order, joined by {@code _}. */
    private String parts(List<String> all) {
        List<String> chosen = new ArrayList<>(all);
        Collections.shuffle(chosen, random);
        return String.join("_", chosen.subList(0, 1 + random.nextInt(chosen.size())));
    }

    private String expression(Scope scope) {
        List<String> variables = switch (scope) {
            case TOP -> List.of("iw", "ih", "iar", "cw", "ch", "car");
            case IMAGE_LAYER -> List.of("iw", "ih", "cw", "ch", "bw", "bh", "bar");
            case TEXT_LAYER, SUBTITLE_LAYER -> List.of("bw", "bh", "bar");
        };
        StringBuilder out = new StringBuilder(pick(variables));
        for (int i = 0; i < random.nextInt(3); i++) {
            out.append('_').append(pick(List.of("add", "sub", "mul", "div", "mod", "pow"))).append('_')
                    .append(random.nextBoolean() ? pick(variables) : number(0.1, 10));
        }
        return out.toString();
    }

    private String color() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(NAMES);
            case 1 -> hex(6) + String.format("%02d", random.nextInt(100));
            default -> random.nextBoolean() ? hex(6) : hex(6).toLowerCase(java.util.Locale.ROOT);
        };
    }

    private String hex(int digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            out.append("0123456789ABCDEF".charAt(random.nextInt(16)));
        }
        return out.toString();
    }

    private String path() {
        return pick(List.of("", "@@")) + pick(List.of("logo.png", "a@@b.jpg", "dir@@sub@@img.webp", "ik_canvas"));
    }

    private String text() {
        String alphabet = "abcXYZ 019%&,:-_=+/é漢";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= random.nextInt(12); i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.append(random.nextInt(10) == 0 ? "🙂" : "").toString();
    }

    private String number(double min, double max) {
        double value = min + random.nextDouble() * (max - min);
        String text = String.format(java.util.Locale.ROOT, "%." + random.nextInt(4) + "f", value);
        return Double.parseDouble(text) < min ? String.valueOf(min) : text;
    }

    private String signed(int limit) {
        int value = random.nextInt(2 * limit + 1) - limit;
        return value < 0 ? "N" + (-value) : String.valueOf(value);
    }

    private String maybe(String text) {
        return random.nextBoolean() ? text : "";
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> pool(Scope scope) {
        return switch (scope) {
            case TOP -> TOP;
            case IMAGE_LAYER -> IMAGE;
            case TEXT_LAYER -> TEXT;
            case SUBTITLE_LAYER -> SUBTITLE;
        };
    }
}
