import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.CascadeClassifier;

/**
 * The reference boxes of engine/src/test/resources/faces/opencv-boxes.tsv, computed by OpenCV
 * itself (org.openpnp:opencv, native code): imread in colour, cvtColor BGR2GRAY,
 * detectMultiScale(grey, 1.1, 3, 0, window, none) with the engine's bundled cascade.
 * Run by scripts/face-reference.sh; arguments: cascade, then label=path pairs.
 */
public class FaceReference {
    public static void main(String[] args) {
        nu.pattern.OpenCV.loadLocally();
        CascadeClassifier cascade = new CascadeClassifier(args[0]);
        if (cascade.empty()) throw new IllegalStateException("OpenCV could not read " + args[0]);
        System.out.println("# image\twidth\theight\tfaces (x,y,w,h by OpenCV " + org.opencv.core.Core.VERSION
                + " detectMultiScale(grey, 1.1, 3, 0, 45x45); written by scripts/face-reference.sh)");
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            String[] pair = arg.split("=", 2);
            Mat colour = Imgcodecs.imread(pair[1], Imgcodecs.IMREAD_COLOR);
            if (colour.empty()) throw new IllegalStateException("OpenCV could not read " + pair[1]);
            Mat grey = new Mat();
            Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
            MatOfRect found = new MatOfRect();
            cascade.detectMultiScale(grey, found, 1.1, 3, 0, new Size(45, 45), new Size());
            List<Rect> boxes = new ArrayList<>(List.of(found.toArray()));
            boxes.sort(Comparator.comparingInt((Rect r) -> r.x).thenComparingInt(r -> r.y));
            StringBuilder line = new StringBuilder(pair[0] + "\t" + colour.cols() + "\t" + colour.rows() + "\t");
            line.append(boxes.isEmpty() ? "-" : String.join(" ", boxes.stream()
                    .map(r -> r.x + "," + r.y + "," + r.width + "," + r.height).toList()));
            System.out.println(line);
        }
    }
}
