package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.asset.TagPrefix;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.library.query.Field;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.TagCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Completion for the search bar ({@link Mode#QUERY}: field names, custom field names, keywords,
 * tags, select options) and the tag editor ({@link Mode#TAGS}). Each keystroke first shows what
 * memory knows (the {@link TagVocabulary}'s recent tags, the field definitions read last), then,
 * after a quiet {@link Debouncer} period, asks the library through the {@link TaskRunner}: the tags
 * starting with the word, with counts ({@link AssetRepository#tagsStartingWith}), or the field
 * definitions. An answer to anything but the latest keystroke is dropped. Call from the FX thread.
 */
public final class CompletionViewModel {
    public enum Mode { QUERY, TAGS }

    /** Lines in the popup. */
    public static final int SHOWN = 12;
    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "IN", "HAS", "EXISTS");

    private final Mode mode;
    private final AssetRepository repository;
    private final TagVocabulary vocabulary;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final ObservableList<Completion> suggestions = FXCollections.observableArrayList();
    /** The field definitions as last read; the schema can change (a team member defines a field), so each NAME/VALUE word re-reads it. */
    private MetadataSchema schema = MetadataSchema.EMPTY;
    private long asked;

    public CompletionViewModel(Mode mode, AssetRepository repository, TagVocabulary vocabulary, TaskRunner tasks, Debouncer debouncer) {
        this.mode = mode;
        this.repository = repository;
        this.vocabulary = vocabulary;
        this.tasks = tasks;
        this.debouncer = debouncer;
    }

    /** What the popup offers for the text as it now stands. */
    public ObservableList<Completion> suggestions() {
        return suggestions;
    }

    /** The field's text changed: offer what memory knows at once, and ask the library after a pause. */
    public void request(String text) {
        long ticket = ++asked;
        QueryContext context = mode == Mode.QUERY ? QueryContext.of(text) : QueryContext.tagList(text);
        suggestions.setAll(suggest(context, List.of()));
        boolean tags = context.kind() == QueryContext.Kind.TAG && !context.word().isBlank();
        boolean fields = context.kind() == QueryContext.Kind.NAME || context.kind() == QueryContext.Kind.VALUE;
        if (!tags && !fields) return;
        debouncer.submit(() -> {
            if (ticket != asked) return; // typed on meanwhile: that keystroke asks instead
            tasks.run(() -> tags ? new Answer(repository.tagsStartingWith(context.word(), SHOWN), null)
                            : new Answer(List.of(), repository.schema()),
                    answer -> {
                        if (ticket != asked) return; // a stale answer: the text has changed since
                        if (answer.schema() != null) schema = answer.schema();
                        suggestions.setAll(suggest(context, answer.tags()));
                    },
                    failure -> { }); // completion is a help, not a task: what memory offered stays on screen
        });
    }

    /** The popup closed (focus left, a suggestion was taken): forget it, and drop any answer still coming. */
    public void dismiss() {
        asked++;
        suggestions.clear();
    }

    private record Answer(List<TagCount> tags, MetadataSchema schema) {
    }

    private List<Completion> suggest(QueryContext context, List<TagCount> counted) {
        List<Completion> out = switch (context.kind()) {
            case NOTHING -> List.of();
            case TAG -> tags(context, counted);
            case VALUE -> options(context);
            case NAME -> names(context);
        };
        return out.size() > SHOWN ? out.subList(0, SHOWN) : out;
    }

    /** The library's tags with their counts, then the recent ones it did not name; never the word itself. */
    private List<Completion> tags(QueryContext context, List<TagCount> counted) {
        if (context.word().isBlank()) return List.of();
        List<Completion> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (TagCount t : counted) {
            named.add(t.tag().value());
            if (!t.tag().value().equals(context.word())) {
                out.add(new Completion(context.head() + tagText(t.tag().value()), t.tag().value() + "  · " + String.format(Locale.ROOT, "%,d", t.count())));
            }
        }
        TagPrefix prefix = TagPrefix.of(context.word());
        for (String t : vocabulary.tags(context.word())) {
            if (prefix.matches(t) && named.add(t) && !t.equals(context.word())) out.add(new Completion(context.head() + tagText(t), t));
        }
        return out;
    }

    private String tagText(String tag) {
        return mode == Mode.QUERY ? quoted(tag) : tag;
    }

    private List<Completion> options(QueryContext context) {
        CustomField field = schema.field(context.customField().orElseThrow()).orElse(null);
        if (field == null) return List.of();
        List<Completion> out = new ArrayList<>();
        for (MetaValue option : field.schema().selectOptions()) {
            String text = option instanceof MetaValue.Text t ? t.value() : spelled(option);
            String typed = option instanceof MetaValue.Text t ? quoted(t.value()) : text;
            if (QueryContext.startsWith(text, context.word()) && !text.equals(context.word())) {
                out.add(new Completion(context.head() + typed, typed + "  · " + field.label()));
            }
        }
        return out;
    }

    private List<Completion> names(QueryContext context) {
        String word = context.word();
        List<Completion> out = new ArrayList<>();
        for (Field.Kind k : Field.Kind.values()) {
            if (k == Field.Kind.CUSTOM || k == Field.Kind.EMBEDDED) continue;
            if (QueryContext.startsWith(k.spelling(), word) && !k.spelling().equals(word)) {
                out.add(new Completion(context.head() + k.spelling(), k.spelling()));
            }
        }
        // a custom field by its name, its label, or the quoted spelling being typed
        for (CustomField f : schema.fields().values().stream().sorted(java.util.Comparator.comparing(CustomField::name)).toList()) {
            String spelled = quoted("customMetadata." + f.name());
            if ((QueryContext.startsWith(f.name(), word) || QueryContext.startsWith(f.label(), word)
                    || QueryContext.startsWith("customMetadata." + f.name(), word)) && !spelled.equals(word)) {
                out.add(new Completion(context.head() + spelled, spelled + "  · " + f.label() + " (" + f.type().wireName() + ")"));
            }
        }
        for (String k : KEYWORDS) {
            if (QueryContext.startsWith(k, word) && !k.equals(word)) out.add(new Completion(context.head() + k, k));
        }
        return out;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String spelled(MetaValue value) {
        if (value instanceof MetaValue.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15) {
            return Long.toString((long) n.value());
        }
        return value instanceof MetaValue.Num n ? Double.toString(n.value()) : value.toString();
    }
}
