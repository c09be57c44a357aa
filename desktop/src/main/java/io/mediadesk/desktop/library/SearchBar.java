package io.mediadesk.desktop.library;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The search field in the searchQuery language, with completion of field names (custom ones too),
 * keywords, the library's tags with their counts and select options ({@link CompletionViewModel}), and under it, when the query does not parse, the query with a caret under the offending
 * token and the parser's message (the last good results stay on screen meanwhile).
 */
final class SearchBar extends VBox {
    private final CustomTextField field = new CustomTextField();

    SearchBar(LibraryBrowserViewModel model) {
        field.setId("search-field");
        field.setPromptText("Search: name : \"beach\" AND tags IN [\"summer\"]   (Ctrl+F)");
        field.textProperty().bindBidirectional(model.filters().searchText());
        field.setOnAction(e -> model.search());
        HBox.setHgrow(field, Priority.ALWAYS);
        new CompletionBinding(field, model.queryCompletion());
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add("search-error");
        error.textProperty().bind(Bindings.createStringBinding(() -> marked(model.filters().searchText().get(),
                model.errorPositionProperty().get(), model.errorProperty().get()), model.errorProperty(), model.errorPositionProperty()));
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
        model.errorProperty().addListener((o, was, now) ->
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        getChildren().addAll(field, error);
        HBox.setHgrow(this, Priority.ALWAYS);
    }

    /** "name ~ x\n     ^ expected an operator ..." in a monospaced label: the caret sits under the token. */
    static String marked(String query, int position, String message) {
        if (message.isEmpty() || position < 1) return message;
        String line = query.replace('\n', ' ');
        return line + "\n" + " ".repeat(Math.min(position - 1, line.length())) + "^ " + message.replaceFirst("^search query: ", "");
    }

    TextField field() {
        return field;
    }
}
