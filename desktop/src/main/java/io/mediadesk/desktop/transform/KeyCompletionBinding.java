package io.mediadesk.desktop.transform;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * ControlsFX's completion popup on a transformation field, completing only the token at the
 * caret (the stock text-field binding replaces the whole text). Suggestions come from
 * {@link KeyCompletion}, i.e. from the engine's key table.
 */
final class KeyCompletionBinding extends AutoCompletionBinding<KeySuggestion> {
    private final TextField field;
    /** Suggestions are fetched on a ControlsFX worker thread: it reads this, not the field. */
    private final AtomicInteger caret;

    KeyCompletionBinding(TextField field) {
        this(field, new AtomicInteger());
    }

    private KeyCompletionBinding(TextField field, AtomicInteger caret) {
        super(field, request -> KeyCompletion.suggest(request.getUserText(),
                Math.min(caret.get(), request.getUserText().length())), converter());
        this.caret = caret;
        this.field = field;
        setVisibleRowCount(8);
        field.textProperty().addListener((obs, old, now) -> {
            if (field.isFocused()) {
                // The caret moves after the text changes: ask once both have settled.
                Platform.runLater(() -> {
                    caret.set(field.getCaretPosition());
                    setUserInput(field.getText());
                });
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                hidePopup();
            }
        });
    }

    @Override
    protected void completeUserInput(KeySuggestion suggestion) {
        int at = field.getCaretPosition();
        int start = KeyCompletion.tokenStart(field.getText(), at);
        field.replaceText(start, at, suggestion.insertion());
        field.positionCaret(start + suggestion.insertion().length());
    }

    @Override
    public void dispose() {
        hidePopup();
    }

    private static StringConverter<KeySuggestion> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(KeySuggestion suggestion) {
                return suggestion == null ? "" : suggestion.toString();
            }

            @Override
            public KeySuggestion fromString(String text) {
                return KeyCompletion.suggest(text, text.length()).stream().findFirst().orElse(null);
            }
        };
    }

    /** For tests: what the popup would offer now. */
    List<KeySuggestion> current() {
        return KeyCompletion.suggest(field.getText(), field.getCaretPosition());
    }
}
