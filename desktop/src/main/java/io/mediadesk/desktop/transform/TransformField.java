package io.mediadesk.desktop.transform;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;

/**
 * A one-line field for a transformation string that colours keys, values, separators, layers
 * and conditionals as you type and underlines the characters {@code [errorStart, errorEnd)}
 * (bound to the parser's verdict). Editing, caret, selection and the clipboard are the plain
 * {@link TextField}'s; only the painting of the text is {@link TransformFieldSkin}'s.
 */
public final class TransformField extends TextField {
    private final IntegerProperty errorStart = new SimpleIntegerProperty(-1);
    private final IntegerProperty errorEnd = new SimpleIntegerProperty(-1);

    public TransformField() {
        getStyleClass().add("transform-field");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TransformFieldSkin(this);
    }

    /** Offers the key table's names as the user types a key (as in the studio). */
    public void offerKeyCompletion() {
        new KeyCompletionBinding(this);
    }

    public IntegerProperty errorStartProperty() {
        return errorStart;
    }

    public IntegerProperty errorEndProperty() {
        return errorEnd;
    }
}
