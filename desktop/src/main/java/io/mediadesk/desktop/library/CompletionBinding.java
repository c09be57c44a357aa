package io.mediadesk.desktop.library;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * ControlsFX's completion popup on a text field, fed by a {@link CompletionViewModel} instead of
 * ControlsFX's own fetch thread: the field's edits go to {@link CompletionViewModel#request}, the
 * model's suggestions (memory at once, the library's answer later) fill the popup, and a chosen
 * line replaces the field's text.
 */
public final class CompletionBinding extends AutoCompletionBinding<Completion> {
    private final TextField field;
    private final CompletionViewModel model;
    private boolean completing;

    public CompletionBinding(TextField field, CompletionViewModel model) {
        super(field, request -> List.of(), converter());
        this.field = field;
        this.model = model;
        setVisibleRowCount(10);
        field.textProperty().addListener((o, was, now) -> {
            if (field.isFocused() && !completing) model.request(now);
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) model.dismiss();
        });
        model.suggestions().addListener((ListChangeListener<Completion>) change -> {
            getAutoCompletionPopup().getSuggestions().setAll(model.suggestions());
            if (model.suggestions().isEmpty() || !field.isFocused()) {
                hidePopup();
            } else {
                showPopup();
            }
        });
    }

    @Override
    protected void completeUserInput(Completion completion) {
        completing = true;
        try {
            field.setText(completion.text());
            field.positionCaret(completion.text().length());
        } finally {
            completing = false;
        }
        model.dismiss();
    }

    @Override
    public void dispose() {
        hidePopup();
    }

    private static StringConverter<Completion> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Completion c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Completion fromString(String text) {
                return null;
            }
        };
    }
}
