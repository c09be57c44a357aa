package io.mediadesk.desktop.transform;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * Before/after: the original and the output in one viewport, with a slider that wipes between
 * them: left of the line is before, right of it after; at the far left the box shows the output
 * alone. Fitted (the default), both fill the box and are centred, so the same point of the scene
 * lines up across the line whenever the output keeps the source's framing. Zoomed
 * ({@link PreviewZoom}: 100 % is one output pixel per device pixel, 200 %, 400 % enlarge without
 * smoothing), the before is scaled and moved with the output, so they pan together and still line
 * up; ctrl+wheel and ctrl+plus/minus zoom around the pointer, ctrl+0 fits, and
 * the output is dragged or scrolled (wheel, scroll bars). While the exact render has not landed a
 * zoomed view shows the quick preview enlarged to the output's size, smoothed (its pixels are not
 * the output's) and badged "Preview".
 */
final class ComparePane extends BorderPane {
    private final Slider wipe = new Slider(0, 1, 0.5);
    private final PreviewZoom zoom;
    private final StackPane box = new StackPane();
    private final ImageView beforeView = new ImageView();
    private final ImageView afterView = new ImageView();
    /** At 200 % and 400 %: the visible part of the exact output enlarged here, pixel by pixel (see {@link #magnify}). */
    private final ImageView magnifiedView = new ImageView();
    private WritableImage magnified;
    private int[] magnifiedPixels = new int[0];
    private final ObservableValue<Image> before;
    private final PreviewViewModel preview;
    private final FxPixels.Reused afterImages = new FxPixels.Reused();
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private double dragX;
    private double dragY;

    ComparePane(ObservableValue<Image> before, PreviewViewModel preview) {
        this.before = before;
        this.preview = preview;
        this.zoom = preview.zoom();
        getStyleClass().add("compare-pane");
        box.setId("preview-viewport");
        box.getStyleClass().add("checkerboard");
        box.setMinSize(0, 0);
        Rectangle inside = new Rectangle();
        inside.widthProperty().bind(box.widthProperty());
        inside.heightProperty().bind(box.heightProperty());
        box.setClip(inside);
        beforeView.setId("preview-before");
        beforeView.imageProperty().bind(before);
        afterView.setId("preview-after");
        afterView.imageProperty().bind(Bindings.createObjectBinding(() -> afterImages.image(preview.shownProperty().get()),
                preview.shownProperty()));
        Pane beforeLayer = layer(beforeView);
        Pane afterLayer = layer(afterView);
        magnifiedView.setId("preview-magnified");
        magnifiedView.setManaged(false);
        magnifiedView.setSmooth(false);
        afterLayer.getChildren().add(magnifiedView);
        Rectangle clip = new Rectangle();
        clip.xProperty().bind(wipe.valueProperty().multiply(box.widthProperty()));
        clip.widthProperty().bind(box.widthProperty().subtract(clip.xProperty()));
        clip.heightProperty().bind(box.heightProperty());
        afterLayer.setClip(clip);
        Line divider = new Line();
        divider.getStyleClass().add("wipe-line");
        divider.setManaged(false);
        divider.startXProperty().bind(clip.xProperty());
        divider.endXProperty().bind(clip.xProperty());
        divider.endYProperty().bind(box.heightProperty());
        divider.visibleProperty().bind(wipe.valueProperty().greaterThan(0).and(wipe.valueProperty().lessThan(1)));
        Pane lines = new Pane(divider);
        lines.setMouseTransparent(true);
        ObservableValue<Image> after = afterView.imageProperty();
        // a side the wipe has pushed out of the box has no tag over the other's pixels
        box.getChildren().addAll(beforeLayer, afterLayer, lines, tag("Before", Pos.TOP_LEFT, before, wipe.valueProperty().greaterThan(0)),
                tag("After", Pos.TOP_RIGHT, after, wipe.valueProperty().lessThan(1)), badge(), scrollBar(Orientation.HORIZONTAL), scrollBar(Orientation.VERTICAL));
        wipe.setId("wipe");
        wipe.getStyleClass().add("wipe-slider");
        HBox.setHgrow(wipe, Priority.ALWAYS);
        HBox bottom = new HBox(8, wipe, zoomButtons());
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("zoom-bar");
        setCenter(box);
        setBottom(bottom);

        InvalidationListener viewport = o -> zoom.viewport(box.getWidth(), box.getHeight(), deviceScale());
        box.widthProperty().addListener(viewport);
        box.heightProperty().addListener(viewport);
        box.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, old, window) -> {
                    if (window != null) {
                        window.outputScaleXProperty().addListener(viewport); // moved to a screen of another scale
                        viewport.invalidated(null);
                    }
                });
            }
        });
        preview.shownProperty().addListener((o, was, shown) -> {
            if (shown != null) {
                zoom.content(shown.outputWidth(), shown.outputHeight());
            }
        });
        InvalidationListener relayout = o -> layoutImages();
        for (ObservableValue<?> v : java.util.List.of(zoom.xProperty(), zoom.yProperty(), zoom.widthProperty(),
                zoom.heightProperty(), zoom.levelProperty(), before, afterView.imageProperty(), preview.exactProperty())) {
            v.addListener(relayout);
        }
        mouse();
    }

    private static Pane layer(ImageView view) {
        view.setManaged(false);
        Pane layer = new Pane(view);
        layer.setMinSize(0, 0);
        layer.setMouseTransparent(true);
        return layer;
    }

    /** Places both images from the zoom's rectangle; the before keeps its place relative to the output as when fitted. */
    private void layoutImages() {
        double x = zoom.xProperty().get();
        double y = zoom.yProperty().get();
        double w = zoom.widthProperty().get();
        double h = zoom.heightProperty().get();
        Image after = afterView.getImage();
        boolean zoomed = zoom.levelProperty().get() > 0;
        // read every time: an invalidation listener hears nothing more from a property nobody has read since
        boolean exact = preview.exactProperty().get();
        afterView.setX(x);
        afterView.setY(y);
        afterView.setFitWidth(w);
        afterView.setFitHeight(h);
        // Enlarged output pixels stay sharp squares; a quick preview's pixels are not the output's, so a zoom smooths them.
        boolean enlarged = after != null && w * zoom.deviceScale() > after.getWidth() + 0.5;
        afterView.setSmooth(!enlarged || (zoomed && !exact));
        boolean magnifying = zoomed && exact && zoom.levelProperty().get() >= 2 && magnify(preview.shownProperty().get());
        magnifiedView.setVisible(magnifying);
        afterView.setVisible(!magnifying);
        Image source = before.getValue();
        if (source == null || w <= 0 || h <= 0) {
            return;
        }
        // Where fit would put the output and the before; the zoom maps the one onto the other.
        double fitScale = zoom.fitZoom() / zoom.zoom();
        double fitW = w * fitScale;
        double fitH = h * fitScale;
        double fitX = (zoom.viewportWidth() - fitW) / 2;
        double fitY = (zoom.viewportHeight() - fitH) / 2;
        double room = Math.min(Math.max(1, zoom.viewportWidth() - 2 * PreviewZoom.MARGIN) / source.getWidth(),
                Math.max(1, zoom.viewportHeight() - 2 * PreviewZoom.MARGIN) / source.getHeight());
        double bw = source.getWidth() * room;
        double bh = source.getHeight() * room;
        double r = 1 / fitScale;
        beforeView.setX(x + ((zoom.viewportWidth() - bw) / 2 - fitX) * r);
        beforeView.setY(y + ((zoom.viewportHeight() - bh) / 2 - fitY) * r);
        beforeView.setFitWidth(bw * r);
        beforeView.setFitHeight(bh * r);
        beforeView.setSmooth(bw * r * zoom.deviceScale() <= source.getWidth() + 0.5);
    }

    /**
     * Enlarges the visible part of the exact output by the zoom (2 or 4 device pixels per output
     * pixel) into an image shown one image pixel per device pixel. An ImageView's
     * {@code smooth = false} is not honoured by every pipeline (the software one, under Xvfb or a
     * remote desktop, filters anyway), so the squares are drawn here; the work is bounded by the
     * viewport's size, not the output's. False when nothing of the output is in view.
     */
    private boolean magnify(io.mediadesk.engine.render.PreviewPixels pixels) {
        if (pixels == null) {
            return false;
        }
        int f = (int) Math.round(zoom.levelProperty().get());
        double s = zoom.deviceScale();
        double k = f / s;
        double x = zoom.xProperty().get();
        double y = zoom.yProperty().get();
        int x0 = Math.max(0, (int) Math.floor(-x / k));
        int y0 = Math.max(0, (int) Math.floor(-y / k));
        int x1 = Math.min(pixels.width(), (int) Math.ceil((zoom.viewportWidth() - x) / k));
        int y1 = Math.min(pixels.height(), (int) Math.ceil((zoom.viewportHeight() - y) / k));
        if (x1 <= x0 || y1 <= y0) {
            return false;
        }
        int iw = (x1 - x0) * f;
        int ih = (y1 - y0) * f;
        if (magnified == null || (int) magnified.getWidth() != iw || (int) magnified.getHeight() != ih) {
            magnified = new WritableImage(iw, ih);
            magnifiedPixels = new int[iw * ih];
        }
        int[] argb = pixels.argb();
        int[] out = magnifiedPixels;
        for (int oy = y0; oy < y1; oy++) {
            int row = (oy - y0) * f * iw;
            int src = oy * pixels.width();
            for (int ox = x0, at = row; ox < x1; ox++) {
                int p = argb[src + ox];
                for (int i = 0; i < f; i++) {
                    out[at++] = p;
                }
            }
            for (int i = 1; i < f; i++) {
                System.arraycopy(out, row, out, row + i * iw, iw);
            }
        }
        magnified.getPixelWriter().setPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), out, 0, iw);
        magnifiedView.setImage(magnified);
        magnifiedView.setX(x + x0 * k);
        magnifiedView.setY(y + y0 * k);
        magnifiedView.setFitWidth(iw / s);
        magnifiedView.setFitHeight(ih / s);
        return true;
    }

    private double deviceScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : window.getOutputScaleX();
    }

    private void mouse() {
        box.setOnMouseMoved(e -> {
            pointerX = e.getX();
            pointerY = e.getY();
        });
        box.setOnMouseExited(e -> pointerX = Double.NaN);
        box.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        box.setOnMouseDragged(e -> {
            zoom.panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            pointerX = e.getX();
            pointerY = e.getY();
        });
        box.cursorProperty().bind(Bindings.when(zoom.scrollableProperty()).then(Cursor.MOVE).otherwise(Cursor.DEFAULT));
        box.setOnScroll(e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                if (e.getDeltaY() > 0) {
                    zoom.zoomIn(e.getX(), e.getY());
                } else if (e.getDeltaY() < 0) {
                    zoom.zoomOut(e.getX(), e.getY());
                }
            } else {
                zoom.panBy(e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX(),
                        e.isShiftDown() && e.getDeltaX() == 0 ? 0 : e.getDeltaY());
            }
            e.consume();
        });
    }

    /**
     * Ctrl (cmd) + plus / minus zoom around the pointer (the centre when it is elsewhere) and
     * ctrl+0 fits (ctrl+1..6 switch sections: {@code app.Section}), wherever the focus is within {@code scope} (the whole studio, so
     * they work while the transformation field has the focus).
     */
    void zoomKeys(Node scope) {
        scope.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!(e.isShortcutDown() || e.isControlDown()) || !isVisible() || getScene() == null) {
                return;
            }
            double px = Double.isNaN(pointerX) ? box.getWidth() / 2 : pointerX;
            double py = Double.isNaN(pointerX) ? box.getHeight() / 2 : pointerY;
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                zoom.zoomIn(px, py);
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoom.zoomOut(px, py);
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                zoom.fit();
            } else {
                return;
            }
            e.consume();
        });
    }

    private HBox zoomButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        buttons.getStyleClass().add("zoom-buttons");
        ToggleButton fit = zoomButton("Fit", "zoom-fit", 0, group);
        buttons.getChildren().add(fit);
        for (double level : PreviewZoom.LEVELS) {
            buttons.getChildren().add(zoomButton(Math.round(level * 100) + "%", "zoom-" + Math.round(level * 100), level, group));
        }
        Runnable select = () -> group.getToggles().stream().filter(t -> ((double) t.getUserData()) == zoom.levelProperty().get())
                .findFirst().ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
        zoom.levelProperty().addListener(o -> select.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                select.run(); // clicking the selected one again keeps it
            }
        });
        select.run();
        Label indicator = new Label();
        indicator.setId("zoom-level");
        indicator.getStyleClass().add("zoom-level");
        indicator.textProperty().bind(zoom.labelProperty());
        indicator.setMinWidth(72);
        HBox bar = new HBox(8, buttons, indicator);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new javafx.geometry.Insets(4, 16, 0, 0));
        return bar;
    }

    private ToggleButton zoomButton(String text, String id, double level, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(level);
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        button.setOnAction(e -> zoom.zoomTo(level));
        return button;
    }

    private ScrollBar scrollBar(Orientation orientation) {
        boolean horizontal = orientation == Orientation.HORIZONTAL;
        ScrollBar bar = new ScrollBar();
        bar.setOrientation(orientation);
        bar.setId(horizontal ? "zoom-hbar" : "zoom-vbar");
        bar.getStyleClass().add("zoom-scroll-bar");
        StackPane.setAlignment(bar, horizontal ? Pos.BOTTOM_LEFT : Pos.TOP_RIGHT);
        if (horizontal) {
            bar.maxWidthProperty().bind(box.widthProperty().subtract(14));
            bar.setMaxHeight(USE_PREF_SIZE);
        } else {
            bar.maxHeightProperty().bind(box.heightProperty().subtract(14));
            bar.setMaxWidth(USE_PREF_SIZE);
        }
        ObservableValue<Number> size = horizontal ? zoom.widthProperty() : zoom.heightProperty();
        ObservableValue<Number> at = horizontal ? zoom.xProperty() : zoom.yProperty();
        boolean[] updating = {false};
        Runnable sync = () -> {
            updating[0] = true;
            double viewport = horizontal ? box.getWidth() : box.getHeight();
            double over = Math.max(0, size.getValue().doubleValue() - viewport);
            bar.setMin(0);
            bar.setMax(over);
            bar.setVisibleAmount(over == 0 ? 0 : over * viewport / size.getValue().doubleValue());
            bar.setUnitIncrement(20);
            bar.setBlockIncrement(viewport * 0.9);
            bar.setValue(Math.min(over, Math.max(0, -at.getValue().doubleValue())));
            bar.setVisible(over > 0 && zoom.levelProperty().get() > 0);
            updating[0] = false;
        };
        for (ObservableValue<?> v : java.util.List.of(size, at, box.widthProperty(), box.heightProperty(), zoom.levelProperty())) {
            v.addListener(o -> sync.run());
        }
        bar.valueProperty().addListener((o, was, now) -> {
            if (!updating[0]) {
                if (horizontal) {
                    zoom.scrollTo(now.doubleValue(), -zoom.yProperty().get());
                } else {
                    zoom.scrollTo(-zoom.xProperty().get(), now.doubleValue());
                }
            }
        });
        sync.run();
        return bar;
    }

    private Label badge() {
        Label badge = new Label("Preview");
        badge.setId("zoom-preview-badge");
        badge.getStyleClass().addAll("compare-tag", "zoom-preview-badge");
        badge.setMouseTransparent(true);
        badge.visibleProperty().bind(zoom.levelProperty().greaterThan(0).and(preview.exactProperty().not())
                .and(preview.shownProperty().isNotNull()));
        StackPane.setAlignment(badge, Pos.TOP_CENTER);
        return badge;
    }

    private static Label tag(String text, Pos where, ObservableValue<Image> image, javafx.beans.binding.BooleanExpression inView) {
        Label tag = new Label(text);
        tag.getStyleClass().addAll("compare-tag", "compare-tag-" + text.toLowerCase(java.util.Locale.ROOT));
        tag.setMouseTransparent(true);
        tag.visibleProperty().bind(Bindings.createBooleanBinding(() -> image.getValue() != null, image).and(inView));
        StackPane.setAlignment(tag, where);
        return tag;
    }

    Slider wipe() {
        return wipe;
    }

    /** The viewport: the zoom's coordinates are this node's. */
    StackPane viewport() {
        return box;
    }
}
