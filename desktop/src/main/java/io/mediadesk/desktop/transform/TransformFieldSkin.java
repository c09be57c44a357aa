package io.mediadesk.desktop.transform;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * Paints a {@link TransformField}'s text in colours. The stock skin's own text node keeps doing
 * everything else (caret, selection, hit testing, scrolling) but is drawn transparent; coloured
 * copies of each span are laid exactly over it, positioned from its own glyph geometry
 * ({@code Text#rangeShape}), so any font lines up. The error gets a wavy underline the same way.
 * Without RichTextFX this is the smallest editor that looks like one.
 */
final class TransformFieldSkin extends TextFieldSkin {
    private final Text textNode;
    private final Group overlay = new Group();
    private double paintedAt = Double.NaN;

    TransformFieldSkin(TransformField field) {
        super(field);
        textNode = findTextNode(getChildren());
        if (textNode == null) {
            return; // an unknown skin layout: the field still works, uncoloured
        }
        List<Node> siblings = children(textNode.getParent());
        if (siblings == null) {
            return;
        }
        siblings.add(siblings.indexOf(textNode), overlay);
        overlay.setManaged(false);
        overlay.layoutXProperty().bind(textNode.layoutXProperty());
        overlay.layoutYProperty().bind(textNode.layoutYProperty());
        textNode.fillProperty().unbind();
        textNode.setFill(Color.TRANSPARENT); // selected glyphs keep their highlight fill on top
        field.textProperty().addListener(o -> repaint());
        field.errorStartProperty().addListener(o -> repaint());
        field.errorEndProperty().addListener(o -> repaint());
        field.fontProperty().addListener(o -> repaint());
    }

    /** The skin keeps its text in a Pane (JavaFX 21) or a Group (older): both expose their children. */
    private static List<Node> children(Parent parent) {
        if (parent instanceof Pane pane) {
            return pane.getChildren();
        }
        return parent instanceof Group group ? group.getChildren() : null;
    }

    private static Text findTextNode(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Text text && text.getStyleClass().contains("text") && !text.visibleProperty().isBound()) {
                return text;
            }
            if (node instanceof Parent parent && !(node instanceof Text)) {
                Text found = findTextNode(parent.getChildrenUnmodifiable());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (textNode != null && textNode.getY() != paintedAt) {
            repaint(); // the baseline is set during layout; repainting on every layout would loop
        }
    }

    private void repaint() {
        TransformField field = (TransformField) getSkinnable();
        String text = textNode.getText();
        List<Node> nodes = new ArrayList<>();
        for (SyntaxSpan span : TransformSyntax.spans(text)) {
            Text piece = new Text(text.substring(span.start(), span.end()));
            piece.getStyleClass().addAll("tr-span", span.kind().styleClass());
            piece.setFont(textNode.getFont());
            piece.setTextOrigin(textNode.getTextOrigin());
            piece.setX(textNode.getX() + left(span.start(), span.end()));
            piece.setY(textNode.getY());
            nodes.add(piece);
        }
        int start = field.errorStartProperty().get();
        int end = Math.min(field.errorEndProperty().get(), text.length());
        if (start >= 0 && end > start) {
            nodes.add(squiggle(start, end));
        }
        overlay.getChildren().setAll(nodes);
        paintedAt = textNode.getY();
    }

    /** Where {@code [start, end)} begins, from the text node's glyph geometry. */
    private double left(int start, int end) {
        return minX(start, end) - minX(0, 1); // range shapes start a pixel left of the glyph origin
    }

    private double minX(int start, int end) {
        Bounds bounds = new Path(textNode.rangeShape(start, end)).getLayoutBounds();
        return bounds.isEmpty() ? 0 : bounds.getMinX();
    }

    /** A wavy line under {@code [start, end)}, the universal sign for "this part is wrong". */
    private Polyline squiggle(int start, int end) {
        Bounds bounds = new Path(textNode.rangeShape(start, end)).getLayoutBounds();
        double y = bounds.getMaxY() + 1; // below the descenders (q, g, p are common in keys)
        double from = left(start, end);
        double to = end < textNode.getText().length() ? left(end, end + 1) : textNode.getLayoutBounds().getWidth();
        Polyline line = new Polyline();
        for (double x = from, i = 0; x <= to + 0.1; x += 2, i++) {
            line.getPoints().addAll(textNode.getX() + x, y + (i % 2 == 0 ? 0 : -2));
        }
        line.getStyleClass().add("tr-error-underline");
        line.setId("error-underline");
        line.setStroke(Color.web("#d1242f"));
        line.setStrokeWidth(1.3);
        return line;
    }
}
