package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The fo-face test images (test resources {@code faces/}, see its README) and OpenCV's boxes for
 * them ({@code faces/opencv-boxes.tsv}, written by {@code scripts/face-reference.sh}).
 */
final class FaceImages {
    /** OpenCV's face in {@code faces/astronaut.jpg}. */
    static final FaceDetector.Box ASTRONAUT_FACE = new FaceDetector.Box(190, 86, 71, 71);
    /** The head pasted by {@link #headAt}: this region of {@code astronaut.jpg}. */
    static final int HEAD_X = 140;
    static final int HEAD_Y = 30;
    static final int HEAD_W = 170;
    static final int HEAD_H = 200;

    /** One row of the reference: an image ({@code faces/...} or {@code corpus/...}) and OpenCV's faces. */
    record Reference(String image, int width, int height, List<FaceDetector.Box> faces) {
        @Override
        public String toString() {
            return image;
        }
    }

    private FaceImages() {
    }

    static List<Reference> references() {
        try (InputStream in = FaceImages.class.getResourceAsStream("/faces/opencv-boxes.tsv")) {
            List<Reference> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                List<FaceDetector.Box> faces = new ArrayList<>();
                if (!cells[3].equals("-")) {
                    for (String box : cells[3].split(" ")) {
                        String[] n = box.split(",");
                        faces.add(new FaceDetector.Box(Integer.parseInt(n[0]), Integer.parseInt(n[1]),
                                Integer.parseInt(n[2]), Integer.parseInt(n[3])));
                    }
                }
                rows.add(new Reference(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), faces));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code faces/...} resource or a {@code corpus/...} file of the shared corpus, as a stage image. */
    static BufferedImage load(String image) {
        try {
            if (image.startsWith("corpus/")) {
                Path file = Path.of("..", "..", "shared").resolve(image);
                org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file),
                        "shared corpus not found at " + file.toAbsolutePath());
                return Normalize.INSTANCE.apply(ImageIO.read(file.toFile()));
            }
            return Normalize.INSTANCE.apply(ImageIO.read(FaceImages.class.getResource("/" + image)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A flat grey {@code w x h} canvas with the astronaut's head pasted at {@code (x, y)}, scaled by
     * a whole {@code k} (pixel replication), and a square of random colours in 20 px cells, of side {@code noise}, at
     * {@code (nx, ny)} that fo-auto's saliency prefers to the head. The face is then at
     * {@link #faceAt}.
     */
    static BufferedImage headAt(int w, int h, int x, int y, int k, int nx, int ny, int noise) {
        BufferedImage astronaut = load("faces/astronaut.jpg");
        BufferedImage out = TestImages.solid(w, h, 0x808080, false);
        int[] dst = TestImages.ints(out);
        for (int dy = 0; dy < HEAD_H * k; dy++) {
            for (int dx = 0; dx < HEAD_W * k; dx++) {
                dst[(y + dy) * w + x + dx] = astronaut.getRGB(HEAD_X + dx / k, HEAD_Y + dy / k) & 0xFFFFFF;
            }
        }
        Random random = new Random(7);
        int[] cells = new int[(noise / 20 + 1) * (noise / 20 + 1)];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = random.nextInt(0x1000000);
        }
        for (int dy = 0; dy < noise; dy++) {
            for (int dx = 0; dx < noise; dx++) {
                dst[(ny + dy) * w + nx + dx] = cells[(dy / 20) * (noise / 20 + 1) + dx / 20];
            }
        }
        return out;
    }

    /** Where OpenCV's astronaut face lands when the head is pasted at {@code (x, y)} scaled by {@code k}. */
    static FaceDetector.Box faceAt(int x, int y, int k) {
        return new FaceDetector.Box(x + (ASTRONAUT_FACE.x() - HEAD_X) * k, y + (ASTRONAUT_FACE.y() - HEAD_Y) * k,
                ASTRONAUT_FACE.width() * k, ASTRONAUT_FACE.height() * k);
    }

    /** Intersection over union. */
    static double iou(FaceDetector.Box a, FaceDetector.Box b) {
        long ix = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
        long iy = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
        long inter = ix * iy;
        long union = (long) a.width() * a.height() + (long) b.width() * b.height() - inter;
        return union == 0 ? 0 : inter / (double) union;
    }
}
