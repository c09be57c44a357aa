package io.mediadesk.desktop.transform;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the studio's output sits in its viewport: fitted (the default), or at a fixed zoom where
 * one output pixel covers {@code level} device pixels ({@link #LEVELS}: 100 %, 200 %, 400 %; the
 * device scale of a HiDPI screen is taken out, so 100 % is one output pixel per screen pixel).
 * Zooming keeps the output pixel under the pointer under the pointer; panning moves the output
 * within its bounds; an output smaller than the viewport is centred. Positions are in the
 * viewport's own (logical) coordinates: {@link #xProperty() x}, {@link #yProperty() y} are where
 * the output's top-left corner is drawn, {@link #widthProperty() width} and
 * {@link #heightProperty() height} its drawn size. At a fixed zoom the corner sits on a device
 * pixel, so every output pixel covers whole device pixels. Plain state and arithmetic: no nodes.
 */
public final class PreviewZoom {
    /** The fixed zooms, in device pixels per output pixel. */
    public static final List<Double> LEVELS = List.of(1.0, 2.0, 4.0);
    /** Fit leaves this much (logical pixels) around the output, as the wipe always has. */
    static final double MARGIN = 8;
    private static final double SAME = 1e-9;

    private double viewportWidth;
    private double viewportHeight;
    private double deviceScale = 1;
    private int outputWidth;
    private int outputHeight;
    /** 0 = fit, else one of {@link #LEVELS}. */
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper x = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper y = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper width = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper height = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper scrollable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("Fit");

    /** The viewport's size in logical pixels and the screen's output scale (2 on a typical HiDPI screen). */
    public void viewport(double w, double h, double scale) {
        viewportWidth = Math.max(0, w);
        viewportHeight = Math.max(0, h);
        deviceScale = scale > 0 ? scale : 1;
        place(x.get(), y.get());
    }

    /** The output's true size in pixels (the quick preview's pixels stand for the same area). */
    public void content(int w, int h) {
        if (w == outputWidth && h == outputHeight) {
            return;
        }
        outputWidth = Math.max(0, w);
        outputHeight = Math.max(0, h);
        place(x.get(), y.get());
    }

    /** Back to fitting the viewport. */
    public void fit() {
        level.set(0);
        place(0, 0);
    }

    /**
     * Zooms to {@code newLevel} device pixels per output pixel (0 = fit) keeping the output point
     * under ({@code px}, {@code py}) (viewport coordinates) where it is, as far as the edges allow.
     */
    public void zoomTo(double newLevel, double px, double py) {
        if (newLevel <= 0) {
            fit();
            return;
        }
        double k = logicalPerPixel();
        if (k <= 0) {
            level.set(newLevel);
            place(0, 0);
            return;
        }
        double outX = (px - x.get()) / k;
        double outY = (py - y.get()) / k;
        level.set(newLevel);
        double k2 = logicalPerPixel();
        place(px - outX * k2, py - outY * k2);
    }

    /** Zooms around the viewport's centre (the level buttons). */
    public void zoomTo(double newLevel) {
        zoomTo(newLevel, viewportWidth / 2, viewportHeight / 2);
    }

    /** The next stop up from the current zoom (the fixed levels and fit's own zoom are the stops), around a point. */
    public void zoomIn(double px, double py) {
        double now = zoom();
        double next = Double.MAX_VALUE;
        for (double l : LEVELS) {
            if (l > now + SAME && l < next) {
                next = l;
            }
        }
        double fit = fitZoom();
        if (fit > now + SAME && fit < next - SAME) {
            zoomTo(0, px, py);
        } else if (next != Double.MAX_VALUE) {
            zoomTo(next, px, py);
        }
    }

    /** The next stop down from the current zoom, around a point. */
    public void zoomOut(double px, double py) {
        double now = zoom();
        double next = 0;
        for (double l : LEVELS) {
            if (l < now - SAME && l > next) {
                next = l;
            }
        }
        double fit = fitZoom();
        if (fit < now - SAME && fit > next - SAME) {
            zoomTo(0, px, py);
        } else if (next > 0) {
            zoomTo(next, px, py);
        }
    }

    /** Moves the output by a drag of ({@code dx}, {@code dy}) logical pixels, within the edges. */
    public void panBy(double dx, double dy) {
        place(x.get() + dx, y.get() + dy);
    }

    /** Scroll bar positions: how far (logical pixels, from 0) the viewport is from the output's left and top edges. */
    public void scrollTo(double left, double top) {
        place(-left, -top);
    }

    /** The zoom in effect, in device pixels per output pixel (fit's own when fitting). */
    public double zoom() {
        return level.get() > 0 ? level.get() : fitZoom();
    }

    /** The zoom that fits the output in the viewport less its margin, in device pixels per output pixel. */
    public double fitZoom() {
        if (outputWidth == 0 || outputHeight == 0) {
            return 1;
        }
        double w = Math.max(1, viewportWidth - 2 * MARGIN);
        double h = Math.max(1, viewportHeight - 2 * MARGIN);
        return Math.min(w / outputWidth, h / outputHeight) * deviceScale;
    }

    private double logicalPerPixel() {
        return zoom() / deviceScale;
    }

    private void place(double wantX, double wantY) {
        double k = logicalPerPixel();
        double w = outputWidth * k;
        double h = outputHeight * k;
        width.set(w);
        height.set(h);
        boolean fixed = level.get() > 0;
        x.set(axis(wantX, w, viewportWidth, fixed));
        y.set(axis(wantY, h, viewportHeight, fixed));
        scrollable.set(fixed && (w > viewportWidth + SAME || h > viewportHeight + SAME));
        label.set(fixed ? percent(level.get()) : "Fit " + percent(zoom()));
    }

    /** Centred when it fits, else kept between the edges; on whole device pixels at a fixed zoom. */
    private double axis(double want, double size, double viewport, boolean snap) {
        double at = size <= viewport ? (viewport - size) / 2 : Math.max(viewport - size, Math.min(0, want));
        return snap ? Math.round(at * deviceScale) / deviceScale : at;
    }

    private static String percent(double zoom) {
        return String.format(Locale.ROOT, "%d%%", Math.round(zoom * 100));
    }

    /** 0 when fitting, else the fixed zoom (device pixels per output pixel). */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty xProperty() {
        return x.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty yProperty() {
        return y.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heightProperty() {
        return height.getReadOnlyProperty();
    }

    /** Whether the output is bigger than the viewport at a fixed zoom, so it can be dragged and scrolled. */
    public ReadOnlyBooleanProperty scrollableProperty() {
        return scrollable.getReadOnlyProperty();
    }

    /** The zoom indicator: "Fit 37%", "100%", "400%". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    double viewportWidth() {
        return viewportWidth;
    }

    double viewportHeight() {
        return viewportHeight;
    }

    double deviceScale() {
        return deviceScale;
    }
}
