package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A boosted cascade of LBP stumps in OpenCV's {@code opencv_storage} XML format (the "new"
 * format written by {@code opencv_traincascade}, {@code featureType LBP}), as read by
 * {@code cv::CascadeClassifier}. Only what {@link FaceDetector} evaluates is kept: the window
 * size, each stage's stumps (feature, 256-bit category subset, two leaf values) and threshold,
 * and each feature's block rectangle. Haar cascades and trees deeper than one node are refused.
 *
 * <p>Numbers are kept as OpenCV keeps them: leaves and thresholds as {@code float}, and each
 * stage threshold lowered by OpenCV's {@code THRESHOLD_EPS} (1e-5), so a window on the edge of a
 * stage is decided the same way.
 */
final class FaceCascade {
    static final String FRONTAL_FACE = "/io/mediadesk/engine/faces/lbpcascade_frontalface_improved.xml";
    private static final float THRESHOLD_EPS = 1e-5f;
    private static final int SUBSET_INTS = 8; // 256 LBP codes

    /** One weak classifier: LBP code {@code c} of {@code feature} is in {@code subset} -> {@code in}, else {@code out}. */
    record Stump(int feature, int[] subset, float in, float out) {
    }

    record StageData(float threshold, Stump[] stumps) {
    }

    /** A feature's top-left block: the 3x3 grid of {@code width x height} blocks starts at x, y. */
    record Block(int x, int y, int width, int height) {
    }

    final int windowWidth;
    final int windowHeight;
    final StageData[] stages;
    final Block[] features;

    private FaceCascade(int windowWidth, int windowHeight, StageData[] stages, Block[] features) {
        this.windowWidth = windowWidth;
        this.windowHeight = windowHeight;
        this.stages = stages;
        this.features = features;
    }

    /** The bundled frontal face cascade (see {@code faces/README.md}). */
    static FaceCascade frontalFace() {
        return Holder.FRONTAL;
    }

    /** Loaded once, on first use: the model is read-only data, like the bundled fonts. */
    private static final class Holder {
        static final FaceCascade FRONTAL = load(FRONTAL_FACE);
    }

    private static FaceCascade load(String resource) {
        try (InputStream in = FaceCascade.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the face cascade " + resource + " is missing from the engine");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a cascade; a file that is not an LBP stump cascade is an {@link IOException} saying why. */
    static FaceCascade read(InputStream in) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.factory().createXMLStreamReader(in);
            return new Reading(xml).cascade();
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("not a readable OpenCV LBP cascade: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written; the stream is the caller's
                }
            }
        }
    }

    /** A small pull parser over the element path, e.g. {@code cascade/stages/_/stageThreshold}. */
    private static final class Reading {
        private final XMLStreamReader xml;
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String featureType;
        private int width;
        private int height;
        private final List<StageData> stages = new ArrayList<>();
        private final List<Block> features = new ArrayList<>();
        private float stageThreshold = Float.NaN;
        private final List<Stump> stumps = new ArrayList<>();
        private int[] nodes;

        Reading(XMLStreamReader xml) {
            this.xml = xml;
        }

        FaceCascade cascade() throws XMLStreamException, IOException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        path.add(xml.getLocalName());
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(String.join("/", path), text.toString().strip());
                        path.remove(path.size() - 1);
                        text.setLength(0);
                    }
                    default -> {
                        // comments (the licence) and whitespace
                    }
                }
            }
            if (!"LBP".equals(featureType)) {
                throw new IOException("featureType is " + featureType + "; only LBP cascades are evaluated");
            }
            if (width < 1 || height < 1 || stages.isEmpty() || features.isEmpty()) {
                throw new IOException("the cascade has no window size, stages or features");
            }
            for (StageData stage : stages) {
                for (Stump stump : stage.stumps()) {
                    if (stump.feature() < 0 || stump.feature() >= features.size()) {
                        throw new IOException("a stump uses feature " + stump.feature() + " of " + features.size());
                    }
                }
            }
            for (Block b : features) {
                if (b.x() < 0 || b.y() < 0 || b.width() < 1 || b.height() < 1
                        || b.x() + 3 * b.width() > width || b.y() + 3 * b.height() > height) {
                    throw new IOException("feature " + b + " does not lie inside the " + width + "x" + height + " window");
                }
            }
            return new FaceCascade(width, height, stages.toArray(StageData[]::new), features.toArray(Block[]::new));
        }

        private void end(String at, String value) throws IOException {
            switch (at) {
                case "opencv_storage/cascade/featureType" -> featureType = value;
                case "opencv_storage/cascade/stageType" -> {
                    if (!value.equals("BOOST")) throw new IOException("stageType " + value + " is not BOOST");
                }
                case "opencv_storage/cascade/width" -> width = Integer.parseInt(value);
                case "opencv_storage/cascade/height" -> height = Integer.parseInt(value);
                case "opencv_storage/cascade/stages/_/stageThreshold" -> stageThreshold = Float.parseFloat(value);
                case "opencv_storage/cascade/stages/_/weakClassifiers/_/internalNodes" -> nodes = ints(value);
                case "opencv_storage/cascade/stages/_/weakClassifiers/_/leafValues" -> stump(value);
                case "opencv_storage/cascade/stages/_" -> {
                    if (Float.isNaN(stageThreshold) || stumps.isEmpty()) {
                        throw new IOException("stage " + stages.size() + " has no threshold or no classifiers");
                    }
                    stages.add(new StageData(stageThreshold - THRESHOLD_EPS, stumps.toArray(Stump[]::new)));
                    stumps.clear();
                    stageThreshold = Float.NaN;
                }
                case "opencv_storage/cascade/features/_/rect" -> {
                    int[] r = ints(value);
                    if (r.length != 4) throw new IOException("an LBP feature rect has 4 numbers, got " + value);
                    features.add(new Block(r[0], r[1], r[2], r[3]));
                }
                default -> {
                    // parameters of training (boostType, minHitRate...) do not change evaluation
                }
            }
        }

        /** {@code internalNodes} = left right feature + 8 subset ints; one node only (a stump). */
        private void stump(String leafText) throws IOException {
            String[] leaves = leafText.split("\\s+");
            if (nodes == null || nodes.length != 3 + SUBSET_INTS || leaves.length != 2) {
                throw new IOException("stump " + stumps.size() + " of stage " + stages.size()
                        + " is not a one-node categorical classifier (trees are not evaluated)");
            }
            stumps.add(new Stump(nodes[2], Arrays.copyOfRange(nodes, 3, 3 + SUBSET_INTS),
                    Float.parseFloat(leaves[0]), Float.parseFloat(leaves[1])));
            nodes = null;
        }

        private static int[] ints(String value) {
            return Arrays.stream(value.split("\\s+")).mapToInt(Integer::parseInt).toArray();
        }
    }
}
