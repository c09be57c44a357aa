package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.plan.PlanningException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image layers, blocks, nesting, own steps and modes, checked by construction: solid colours at
 * known places, so every expected pixel is worked out by hand in the test.
 */
class LayerRenderingTest {
    private static final int WHITE = 0xFFFFFF;

    @TempDir
    Path library;

    private BufferedImage render(String t, BufferedImage base) {
        return EffectRendering.render(t, base, 1, new FolderLayerSource(library), n -> { });
    }

    private static BufferedImage white() {
        return EffectRendering.solid(200, 150, WHITE);
    }

    /** Asserts the rectangle x,y WxH (clipped to the image) has {@code inside} and the rest {@code outside} (RGB). */
    private static void assertRect(BufferedImage out, int x, int y, int w, int h, int inside, int outside) {
        int[] px = Pixels.of(out);
        int width = out.getWidth();
        for (int py = 0; py < out.getHeight(); py++) {
            for (int pxx = 0; pxx < width; pxx++) {
                boolean in = pxx >= x && pxx < x + w && py >= y && py < y + h;
                assertThat(Integer.toHexString(px[py * width + pxx] & 0xFFFFFF)).as("pixel %d,%d", pxx, py)
                        .isEqualTo(Integer.toHexString(in ? inside : outside));
            }
        }
    }

    private void write(String path, BufferedImage image) throws IOException {
        Path file = library.resolve(path);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void aLibraryImageLandsAtLxLyAndPathsUseAtAt() throws IOException {
        write("folder/sub/logo.png", EffectRendering.solid(12, 8, 0x0000FF));
        assertRect(render("l-image,i-folder@@sub@@logo.png,lx-3,ly-4,l-end", white()), 3, 4, 12, 8, 0x0000FF, WHITE);
        assertRect(render("l-image,i-@@folder@@sub@@logo.png,l-end", white()), 94, 71, 12, 8, 0x0000FF, WHITE);
    }

    @Test
    void aMissingFileOrAPathOutOfTheLibraryIsRefusedByName() {
        assertThatThrownBy(() -> render("l-image,i-nothing.png,l-end", white()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("i-nothing.png").hasMessageContaining("no such file");
        assertThat(new FolderLayerSource(library).find("../etc/passwd")).isEmpty();
        assertThat(new FolderLayerSource(library).find("/etc/passwd")).isEmpty();
        assertThatThrownBy(() -> EffectRendering.render("l-image,i-logo.png,l-end", white(), 1, LayerSource.NONE, n -> { }))
                .isInstanceOf(PlanningException.class).hasMessageContaining("i-logo.png");
    }

    @Test
    void symbolicLinksOutOfTheLibraryFindNothingAndLinksInsideWork() throws IOException {
        write("real/logo.png", EffectRendering.solid(12, 8, 0x0000FF));
        try {
            Files.createSymbolicLink(library.resolve("escape.png"), Path.of("/etc/hostname"));
            Files.createSymbolicLink(library.resolve("up"), Path.of("/etc"));
            Files.createSymbolicLink(library.resolve("alias"), library.resolve("real"));
        } catch (UnsupportedOperationException e) {
            return; // no symbolic links on this file system
        }
        FolderLayerSource source = new FolderLayerSource(library);
        assertThat(source.find("escape.png")).isEmpty();
        assertThat(source.find("up/hostname")).isEmpty();
        assertThat(source.find("alias/logo.png")).isPresent();
    }

    @Test
    void ifBlocksInsideALayerSeeTheLayersOwnSize() {
        // the block is 40x30 when its second step asks; w > 30 -> w-20 -> 20x15
        assertRect(render("l-image,i-ik_canvas,bg-FF0000,w-40,h-30,lx-0,ly-0:if-w_gt_30,w-20,if-else,w-5,if-end,l-end",
                white()), 0, 0, 20, 15, 0xFF0000, WHITE);
    }

    @Test
    void whatALayerIgnoresIsANotice() {
        List<String> notices = new ArrayList<>();
        BufferedImage out = EffectRendering.render("l-image,i-ik_canvas,bg-FF0000,w-10,h-10,lap-center,l-end", white(), 1,
                new FolderLayerSource(library), notices::add);
        assertRect(out, 95, 70, 10, 10, 0xFF0000, WHITE);
        assertThat(notices).anyMatch(n -> n.contains("lap-center") && n.contains("ignored"));
    }

    @Test
    void lxAndLxcOnOneAxisAreRefused() {
        assertThatThrownBy(() -> render("l-image,i-ik_canvas,bg-FF0000,w-10,h-10,lx-5,lxc-20,l-end", white()))
                .hasMessageContaining("lxc");
    }

    @Test
    void imageLayersAreTrimmedByDefaultAndTFalseKeepsTheirEdges() throws IOException {
        BufferedImage margin = Pixels.create(20, 20, true); // transparent, with a 10x6 opaque red box at 5,7
        for (int y = 7; y < 13; y++) {
            for (int x = 5; x < 15; x++) {
                margin.setRGB(x, y, 0xFFFF0000);
            }
        }
        write("margin.png", margin);
        // trimmed to 10x6, centred: floor((200-10)/2) = 95, floor((150-6)/2) = 72
        assertRect(render("l-image,i-margin.png,l-end", white()), 95, 72, 10, 6, 0xFF0000, WHITE);
        // kept 20x20 at 90,65; the box inside at +5,+7
        assertRect(render("l-image,i-margin.png,t-false,l-end", white()), 95, 72, 10, 6, 0xFF0000, WHITE);
        assertRect(render("l-image,i-margin.png,t-false,lx-0,ly-0,l-end", white()), 5, 7, 10, 6, 0xFF0000, WHITE);
        assertRect(render("l-image,i-margin.png,lx-0,ly-0,l-end", white()), 0, 0, 10, 6, 0xFF0000, WHITE);
    }

    @Test
    void aLayerRunsItsOwnChainedStepsBeforeItIsPlaced() throws IOException {
        write("logo.png", EffectRendering.solid(12, 8, 0x0000FF));
        // 12x8 -> w-24 -> 24x16 -> rt-90 -> 16x24, centred at floor(184/2) = 92, floor(126/2) = 63
        assertRect(render("l-image,i-logo.png,w-24:rt-90,l-end", white()), 92, 63, 16, 24, 0x0000FF, WHITE);
        // w-bw_div_4 = 50 -> 50x33 (8*50/12 = 33.3); lx-bw_sub_cw = 150 (cw is the layer's final width)
        assertRect(render("l-image,i-logo.png,w-bw_div_4,lx-bw_sub_cw,ly-0,l-end", white()), 150, 0, 50, 33, 0x0000FF, WHITE);
        // a border inside the layer grows the layer, not the base
        BufferedImage bordered = render("l-image,i-logo.png,b-2_FF0000,lx-10,ly-10,l-end", white());
        assertThat(bordered.getWidth()).isEqualTo(200);
        assertThat(bordered.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(bordered.getRGB(12, 12) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(bordered.getRGB(10 + 15, 10 + 11) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(bordered.getRGB(10 + 16, 10 + 12) & 0xFFFFFF).isEqualTo(WHITE);
    }

    @Test
    void nestedLayersArePlacedInTheirParentThreeLevelsDeep() {
        String green = "l-image,i-ik_canvas,bg-00FF00,w-10,h-10,lfo-bottom_right,"
                + "l-image,i-ik_canvas,bg-0000FF,w-2,h-2,lx-1,ly-1,l-end,l-end";
        String t = "l-image,i-ik_canvas,bg-FF0000,w-40,h-30,lx-10,ly-20," + green + ",l-end";
        BufferedImage out = render(t, white());
        // red 40x30 at 10,20; green 10x10 at its bottom right: 10+30, 20+20; blue 2x2 at green + 1,1
        List<String> wrong = new ArrayList<>();
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                int expected = x >= 41 && x < 43 && y >= 41 && y < 43 ? 0x0000FF
                        : x >= 40 && x < 50 && y >= 40 && y < 50 ? 0x00FF00
                        : x >= 10 && x < 50 && y >= 20 && y < 50 ? 0xFF0000 : WHITE;
                if ((out.getRGB(x, y) & 0xFFFFFF) != expected) {
                    wrong.add(x + "," + y);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void blockAlphaFromBgDigitsOrAlAndNamesIgnoreAl() {
        // 50 % red over white: alpha round(50 * 255 / 100) = 128 -> G = B = round(255 * 127 / 255) = 127
        int half = 0xFF7F7F;
        assertRect(render("l-image,i-ik_canvas,bg-FF000050,w-10,h-10,lx-0,ly-0,l-end", white()), 0, 0, 10, 10, half, WHITE);
        assertRect(render("l-image,i-ik_canvas,bg-FF0000,al-5,w-10,h-10,lx-0,ly-0,l-end", white()), 0, 0, 10, 10, half, WHITE);
        assertRect(render("l-image,i-ik_canvas,bg-FF000050,al-9,w-10,h-10,lx-0,ly-0,l-end", white()), 0, 0, 10, 10, half, WHITE);
        assertRect(render("l-image,i-ik_canvas,bg-red,al-5,w-10,h-10,lx-0,ly-0,l-end", white()), 0, 0, 10, 10, 0xFF0000, WHITE);
    }

    @Test
    void blockSizesDefaultToTheParentAndTakeFractionsAndExpressions() {
        assertRect(render("l-image,i-ik_canvas,bg-FF0000,h-10,ly-0,l-end", white()), 0, 0, 200, 10, 0xFF0000, WHITE);
        // w-0.25 of 200 = 50, h-bh_div_3 = 50, centred: 75, 50
        assertRect(render("l-image,i-ik_canvas,bg-FF0000,w-0.25,h-bh_div_3,l-end", white()), 75, 50, 50, 50, 0xFF0000, WHITE);
    }

    @Test
    void aGradientBlockRunsFromItsFromColourToItsToColour() {
        BufferedImage out = render("l-image,i-ik_canvas,e-gradient-ld-bottom_from-FF0000_to-0000FF,w-20,h-100,lx-0,ly-0,l-end",
                white());
        int top = out.getRGB(10, 0);
        int bottom = out.getRGB(10, 99);
        assertThat(top >> 16 & 0xFF).isGreaterThan(240);
        assertThat(bottom & 0xFF).isGreaterThan(240);
        assertThat(out.getRGB(10, 50) >> 16 & 0xFF).isBetween(110, 145); // half way
        assertThat(out.getRGB(30, 50) & 0xFFFFFF).isEqualTo(WHITE);
    }

    @Test
    void modesMultiplyCutterAndCutout() {
        BufferedImage base = EffectRendering.solid(50, 40, 0x64C832); // 100, 200, 50
        String block = "l-image,i-ik_canvas,bg-FF8000,w-10,h-8,lx-5,ly-6,";
        // multiply: 100*255/255, 200*128/255 = 100.39 -> 100, 50*0 = 0
        assertRect(render(block + "lm-multiply,l-end", base), 5, 6, 10, 8, 0x646400, 0x64C832);
        BufferedImage cutout = render(block + "lm-cutout,l-end", base);
        BufferedImage cutter = render(block + "lm-cutter,l-end", base);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                boolean in = x >= 5 && x < 15 && y >= 6 && y < 14;
                assertThat(cutout.getRGB(x, y) >>> 24).as("cutout alpha %d,%d", x, y).isEqualTo(in ? 0 : 255);
                assertThat(cutter.getRGB(x, y) >>> 24).as("cutter alpha %d,%d", x, y).isEqualTo(in ? 255 : 0);
                if (in) {
                    assertThat(cutter.getRGB(x, y) & 0xFFFFFF).isEqualTo(0x64C832);
                }
            }
        }
    }

    @Test
    void aLayerLargerThanItsParentIsCutAndTheBaseKeepsItsSize() {
        BufferedImage out = render("l-image,i-ik_canvas,bg-FF0000,w-300,h-10,lx-N20,ly-0,l-end", white());
        assertThat(out.getWidth()).isEqualTo(200);
        // lx-N20: right edge 20 px in from the base's: x = 200 - 300 - 20 = -120, covers 0..179
        assertRect(out, -120, 0, 300, 10, 0xFF0000, WHITE);
    }

    @Test
    void layersComeAfterTheStepsEffectsAndSeeTheStepsSize() {
        // w-100 makes 100x75, then the block (bw_div_2 = 50) lands centred in it: 25, 19 (floor(55/2)=27? no: h 75-20=55 -> 27)
        BufferedImage out = render("w-100,l-image,i-ik_canvas,bg-FF0000,w-bw_div_2,h-20,l-end", white());
        assertThat(out.getWidth()).isEqualTo(100);
        assertRect(out, 25, 27, 50, 20, 0xFF0000, WHITE);
    }
}
