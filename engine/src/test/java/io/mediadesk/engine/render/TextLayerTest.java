package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.plan.PlanningException;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text layers by construction: text pixels differ between rasterisers, so the tests check what a
 * rule fixes exactly (the background block's size and place, that the ink lies inside the padded
 * box, its colour, the number of lines a width gives, rotation swapping the sides) rather than
 * comparing glyph pixels. Font metrics come from the bundled TTF read here with AWT directly.
 */
class TextLayerTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int GREEN = 0x00FF00;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static Font sans;

    @TempDir
    static Path library;

    @BeforeAll
    static void font() throws Exception {
        try (InputStream in = TextLayerTest.class.getResourceAsStream("/io/mediadesk/engine/fonts/DejaVuSans.ttf")) {
            sans = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        Files.createDirectories(library.resolve("fonts"));
        try (InputStream in = TextLayerTest.class.getResourceAsStream("/io/mediadesk/engine/fonts/DejaVuSerif.ttf")) {
            Files.copy(in, library.resolve("fonts/Brand.ttf"));
        }
    }

    private static BufferedImage render(String t) {
        return render(t, new ArrayList<>());
    }

    private static BufferedImage render(String t, List<String> notices) {
        return EffectRendering.render(t, EffectRendering.solid(400, 300, WHITE), 1, new FolderLayerSource(library),
                notices::add);
    }

    private static double pitch(int size) {
        LineMetrics m = sans.deriveFont((float) size).getLineMetrics("Hg", FRC);
        return m.getAscent() + m.getDescent();
    }

    private static double advance(String s, int size) {
        return sans.deriveFont((float) size).getStringBounds(s, FRC).getWidth();
    }

    /** The bounding box x0,y0,x1,y1 (exclusive) of the pixels that match; null if none. */
    private static int[] box(BufferedImage out, java.util.function.IntPredicate matches) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                if (matches.test(out.getRGB(x, y) & 0xFFFFFF)) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    /** Not the base's white: the block (background and ink). */
    private static int[] block(BufferedImage out) {
        return box(out, rgb -> rgb != WHITE);
    }

    /** Pixels that are mostly red ink: red high, green low (the background is green, the base white). */
    private static int[] ink(BufferedImage out) {
        return box(out, rgb -> (rgb >> 16 & 0xFF) > 128 && (rgb >> 8 & 0xFF) < 128);
    }

    @Test
    void theBackgroundIsTheTextBoxPlusPaddingAndTheInkStaysInsideIt() {
        BufferedImage out = render("l-text,i-Hello,fs-40,co-FF0000,pa-10_20_30_40,bg-00FF00,lx-5,ly-6,l-end");
        int width = (int) Math.ceil(advance("Hello", 40)) + 20 + 40;
        int height = (int) Math.floor(pitch(40) + 0.5) + 10 + 30;
        assertThat(block(out)).containsExactly(5, 6, 5 + width, 6 + height);
        int[] ink = ink(out);
        assertThat(ink[0]).isGreaterThanOrEqualTo(5 + 40);
        assertThat(ink[1]).isGreaterThanOrEqualTo(6 + 10);
        assertThat(ink[2]).isLessThanOrEqualTo(5 + width - 20);
        assertThat(ink[3]).isLessThanOrEqualTo(6 + height - 30);
        assertThat(ink[2] - ink[0]).isGreaterThan(width - 60 - 8); // the ink spans the box
        assertThat(out.getRGB(ink[0] + 1, (ink[1] + ink[3]) / 2) & 0xFFFFFF).as("the H's stem is the exact colour")
                .isEqualTo(0xFF0000);
    }

    @Test
    void defaultsAreFs45BlackCentredAndCentredInTheParent() {
        BufferedImage out = render("l-text,i-Hi,l-end");
        int[] ink = box(out, rgb -> rgb == 0x000000);
        int width = (int) Math.ceil(advance("Hi", 45));
        int height = (int) Math.floor(pitch(45) + 0.5);
        int left = (400 - width) / 2;
        int top = (300 - height) / 2;
        assertThat(ink[0]).isGreaterThanOrEqualTo(left);
        assertThat(ink[2]).isLessThanOrEqualTo(left + width);
        assertThat(ink[1]).isGreaterThanOrEqualTo(top);
        assertThat(ink[3]).isLessThanOrEqualTo(top + height);
        // the cap height of DejaVu Sans is 0.729 em: the H is about 33 px tall at fs 45
        assertThat(ink[3] - ink[1]).isBetween(31, 35);
    }

    @Test
    void aWrappingWidthGivesOneLinePerWordWhenTwoWordsDoNotFit() {
        String[] words = {"alpha", "beta", "gamma"};
        double widest = 0;
        for (String w : words) {
            widest = Math.max(widest, advance(w, 20));
        }
        int w = (int) Math.ceil(widest) + 1; // one word fits, no two do
        assertThat(advance("beta gamma", 20)).isGreaterThan(w);
        BufferedImage out = render("l-text,i-alpha%20beta%20gamma,fs-20,w-" + w + ",bg-00FF00,pa-2,lx-0,ly-0,l-end");
        int lines = 3;
        assertThat(block(out)).containsExactly(0, 0, w + 4, (int) Math.floor(lines * pitch(20) + 0.5) + 4);
        // three separate bands of ink
        int bands = 0;
        boolean inBand = false;
        for (int y = 0; y < out.getHeight(); y++) {
            boolean ink = false;
            for (int x = 0; x < w + 4; x++) {
                ink |= (out.getRGB(x, y) & 0xFF00) < 0x8000; // darker than the green background
            }
            if (ink && !inBand) {
                bands++;
            }
            inBand = ink;
        }
        assertThat(bands).isEqualTo(lines);
    }

    @Test
    void lineHeightAndNewlinesSetTheBlockHeight() {
        BufferedImage out = render("l-text,i-a%0Ab%0Ac,fs-20,lh-50,bg-00FF00,lx-0,ly-0,l-end");
        assertThat(block(out)[3]).isEqualTo(150);
        BufferedImage expr = render("l-text,i-a%0Ab%0Ac,fs-20,lh-bh_div_6,bg-00FF00,lx-0,ly-0,l-end");
        assertThat(block(expr)[3]).isEqualTo(150);
    }

    @Test
    void innerAlignmentMovesLinesInsideTheWrappingBox() {
        String t = "l-text,i-ab,fs-30,w-300,lx-0,ly-0,ia-";
        int width = (int) Math.ceil(advance("ab", 30));
        int[] left = box(render(t + "left,l-end"), rgb -> rgb == 0);
        int[] right = box(render(t + "right,l-end"), rgb -> rgb == 0);
        int[] centre = box(render(t + "center,l-end"), rgb -> rgb == 0);
        assertThat(left[0]).isLessThan(6);
        assertThat(right[2]).isGreaterThan(300 - 6).isLessThanOrEqualTo(300);
        assertThat(centre[0]).isBetween((300 - width) / 2 - 1, (300 - width) / 2 + 6);
    }

    @Test
    void base64InputAndExpressionFontSizesRenderTheSame() {
        String b64 = Base64.getUrlEncoder().encodeToString("Hi there".getBytes()).replace("=", "%3D");
        BufferedImage plain = render("l-text,i-Hi%20there,fs-30,l-end");
        BufferedImage coded = render("l-text,ie-" + b64 + ",fs-bh_div_10,l-end");
        assertThat(TestImages.ints(coded)).isEqualTo(TestImages.ints(plain));
    }

    @Test
    void rotationSwapsTheBlocksSidesAndFlipMirrors() {
        BufferedImage flat = render("l-text,i-Hello,fs-30,bg-00FF00,lx-0,ly-0,l-end");
        BufferedImage turned = render("l-text,i-Hello,fs-30,bg-00FF00,rt-90,lx-0,ly-0,l-end");
        int[] a = block(flat);
        int[] b = block(turned);
        assertThat(b[2] - b[0]).isEqualTo(a[3] - a[1]);
        assertThat(b[3] - b[1]).isEqualTo(a[2] - a[0]);
        BufferedImage mirrored = render("l-text,i-Hello,fs-30,bg-00FF00,fl-h,lx-0,ly-0,l-end");
        int w = a[2];
        for (int y = 0; y < a[3]; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(mirrored.getRGB(x, y)).isEqualTo(flat.getRGB(w - 1 - x, y));
            }
        }
    }

    @Test
    void alphaRadiusAndTypography() {
        int[] faint = box(render("l-text,i-Hello,fs-40,al-5,lx-0,ly-0,l-end"), rgb -> (rgb & 0xFF) < 120);
        assertThat(faint).as("at al-5 no ink is darker than half").isNull();
        BufferedImage round = render("l-text,i-Hello,fs-40,bg-00FF00,r-10,lx-0,ly-0,l-end");
        assertThat(round.getRGB(0, 0) & 0xFFFFFF).isEqualTo(WHITE);
        assertThat(round.getRGB(10, 10) & 0xFFFFFF).isEqualTo(GREEN);
        long regular = count(render("l-text,i-Hello,fs-40,lx-0,ly-0,l-end"));
        long bold = count(render("l-text,i-Hello,fs-40,tg-b,lx-0,ly-0,l-end"));
        assertThat(bold).isGreaterThan(regular * 5 / 4);
        long struck = count(render("l-text,i-Hello,fs-40,tg-strikethrough,lx-0,ly-0,l-end"));
        assertThat(struck).isGreaterThan(regular);
    }

    private static long count(BufferedImage out) {
        long n = 0;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                n += (out.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aTextBlockAboveTheOutputLimitIsRefusedBeforeItIsDrawn() {
        // 400 lines of 45 px: about 21,000 px high, above the 8192 px output limit
        String lines = "x%0A".repeat(400) + "x";
        assertThatThrownBy(() -> render("l-text,i-" + lines + ",l-end")).isInstanceOf(PlanningException.class)
                .hasMessageContaining("l-text").hasMessageContaining("largest side allowed is 8192 px");
    }

    @Test
    void userFontsComeFromTheLibraryAndUnknownBuiltInsFallBackWithANotice() {
        BufferedImage user = render("l-text,i-Hello,fs-30,ff-fonts@@Brand.ttf,l-end");
        BufferedImage bundled = render("l-text,i-Hello,fs-30,ff-DejaVuSerif,l-end");
        assertThat(TestImages.ints(user)).isEqualTo(TestImages.ints(bundled));
        assertThat(TestImages.ints(bundled)).isNotEqualTo(TestImages.ints(render("l-text,i-Hello,fs-30,l-end")));
        assertThatThrownBy(() -> render("l-text,i-Hello,ff-fonts@@Missing.ttf,l-end"))
                .isInstanceOf(PlanningException.class).hasMessageContaining("ff-fonts/Missing.ttf");
        List<String> notices = new ArrayList<>();
        BufferedImage stand = render("l-text,i-Hello,fs-30,ff-Roboto,l-end", notices);
        assertThat(TestImages.ints(stand)).isEqualTo(TestImages.ints(render("l-text,i-Hello,fs-30,l-end")));
        assertThat(notices).anyMatch(n -> n.contains("ff-Roboto") && n.contains("DejaVu Sans stands in"));
    }
}
