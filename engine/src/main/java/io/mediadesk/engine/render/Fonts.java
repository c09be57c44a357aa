package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.PlanningException;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The fonts of text layers ({@code ff}): the bundled DejaVu families (Bitstream Vera licence,
 * {@code fonts/LICENSE-DejaVu.txt}), by name, or a user font from the library by path with its
 * extension ({@code ff-fonts@@Brand.ttf}) through the {@link LayerSource}. A built-in name of the
 * service that is not bundled here (Roboto, Lato...) falls back to DejaVu Sans with a notice: the
 * text then measures differently from the CDN's.
 */
final class Fonts {
    static final String DEFAULT = "DejaVuSans";
    /** Family -> the files for plain, bold, italic, bold italic (null: derived from plain or bold). */
    private static final Map<String, String[]> BUNDLED = Map.of(
            "dejavusans", new String[] {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"},
            "dejavuserif", new String[] {"DejaVuSerif", "DejaVuSerif-Bold", null, null},
            "dejavusansmono", new String[] {"DejaVuSansMono", null, null, null});
    private static final List<String> FONT_FILES = List.of(".ttf", ".otf");
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** The names {@code ff} accepts for the bundled families. */
    static List<String> bundledNames() {
        return List.of("DejaVuSans", "DejaVuSerif", "DejaVuSansMono");
    }

    /**
     * The font for {@code ff} (empty: DejaVu Sans) in the style asked, at 1 px; the caller derives
     * the size. A style the family has no file for is drawn by Java2D's algorithmic bold/oblique.
     */
    static Font choose(Optional<String> ff, boolean bold, boolean italic, LayerSource source, Consumer<String> notices) {
        int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
        if (ff.isPresent() && isFile(ff.get())) {
            Path file = source.find(ff.get()).orElseThrow(() -> new PlanningException("ff-" + ff.get(),
                    "no such font file in the library"));
            return user(file, ff.get()).deriveFont(style, 1f);
        }
        String family = ff.map(f -> f.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", ""))
                .filter(BUNDLED::containsKey).orElse(null);
        if (family == null) {
            ff.ifPresent(f -> notices.accept("ff-" + f + ": not bundled with the local engine; DejaVu Sans stands in, "
                    + "so the text measures differently from the CDN's (bundled: " + String.join(", ", bundledNames()) + ")"));
            family = "dejavusans";
        }
        String[] files = BUNDLED.get(family);
        String exact = files[style];
        if (exact != null) {
            return bundled(exact).deriveFont(Font.PLAIN, 1f);
        }
        String nearest = bold && files[Font.BOLD] != null ? files[Font.BOLD] : files[0];
        int missing = nearest.equals(files[0]) ? style : Font.ITALIC;
        return bundled(nearest).deriveFont(missing, 1f);
    }

    private static boolean isFile(String ff) {
        String lower = ff.toLowerCase(Locale.ROOT);
        return FONT_FILES.stream().anyMatch(lower::endsWith);
    }

    private static Font bundled(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/io/mediadesk/engine/fonts/" + n + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + n + " is missing from the engine jar");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font " + n + " is broken", e);
            }
        });
    }

    private static Font user(Path file, String path) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new PlanningException("ff-" + path, "not a TrueType/OpenType font the engine can read (" + e.getMessage() + ")");
        }
    }
}
