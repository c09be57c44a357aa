package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.transform.ControllableTasks;
import io.mediadesk.library.Library;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.store.AssetRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completion against a real library, plain JUnit: tasks on the calling thread (or held, to answer
 * out of order), the debounce held until the test says the typing has paused. The library holds
 * five assets: summer-sale on three, Summer on two, summit and winter on one each.
 */
class CompletionViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private final TagVocabulary vocabulary = new TagVocabulary();
    private final HeldDebouncer pause = new HeldDebouncer();
    private final AtomicInteger tagQueries = new AtomicInteger();
    private boolean failing;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib"), Optional.empty());
        List<AssetId> ids = BrowserFixture.seed(library, 5);
        AssetRepository repo = library.assets();
        repo.addTags(ids.subList(0, 3), List.of(Tag.of("summer-sale")));
        repo.addTags(ids.subList(0, 2), List.of(Tag.of("Summer")));
        repo.addTags(List.of(ids.get(3)), List.of(Tag.of("summit")));
        repo.addTags(List.of(ids.get(4)), List.of(Tag.of("winter")));
        repo.defineField(new CustomField("channel", "Channel", FieldSchema.of(FieldType.SINGLE_SELECT)
                .withOptions(List.of(new MetaValue.Text("web"), new MetaValue.Text("print"), new MetaValue.Text("Web shop")))));
        repo.defineField(new CustomField("brand", "Brand", FieldSchema.of(FieldType.TEXT)));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The library's repository, counting tag queries, failing them on demand. */
    private AssetRepository repository() {
        AssetRepository real = library.assets();
        return (AssetRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AssetRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("tagsStartingWith")) {
                        tagQueries.incrementAndGet();
                        if (failing) throw new LibraryException("catalog unreachable");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private CompletionViewModel query(TaskRunner tasks, Debouncer debouncer) {
        return new CompletionViewModel(CompletionViewModel.Mode.QUERY, repository(), vocabulary, tasks, debouncer);
    }

    private static List<String> labels(CompletionViewModel model) {
        return model.suggestions().stream().map(Completion::label).toList();
    }

    private static List<String> texts(CompletionViewModel model) {
        return model.suggestions().stream().map(Completion::text).toList();
    }

    @Test
    void memoryAnswersAtOnceThenTheWholeLibraryWithCountsAfterThePause() {
        vocabulary.learnTag("summer-camp"); // seen lately, on no asset of this library
        CompletionViewModel model = query(TaskRunner.sameThread(), pause);
        model.request("tags IN [\"summ");
        assertThat(labels(model)).containsExactly("summer-camp");
        assertThat(tagQueries).hasValue(0);

        pause.quiet();
        assertThat(labels(model)).containsExactly("summer-sale  · 3", "Summer  · 2", "summit  · 1", "summer-camp");
        assertThat(texts(model)).first().isEqualTo("tags IN [\"summer-sale\"");
        assertThat(tagQueries).hasValue(1);
    }

    @Test
    void aBurstOfKeystrokesAsksTheLibraryOnceForTheLastWord() {
        CompletionViewModel model = query(TaskRunner.sameThread(), pause);
        model.request("tags IN [\"s");
        model.request("tags IN [\"su");
        model.request("tags IN [\"sum");
        model.request("tags IN [\"summi");
        pause.quiet();
        assertThat(tagQueries).hasValue(1);
        assertThat(labels(model)).containsExactly("summit  · 1");
    }

    @Test
    void anAnswerToAnEarlierKeystrokeIsDropped() {
        ControllableTasks tasks = ControllableTasks.holdingReports();
        CompletionViewModel model = query(tasks, Debouncer.immediate());
        model.request("tags IN [\"summ");
        model.request("tags IN [\"win");
        assertThat(tasks.pending()).isEqualTo(2);
        tasks.complete(1);
        assertThat(labels(model)).containsExactly("winter  · 1");
        tasks.complete(0); // "summ" answers last: too late
        assertThat(labels(model)).containsExactly("winter  · 1");

        model.request("tags IN [\"summ");
        model.dismiss(); // the popup closed before the answer came
        tasks.completeAll();
        assertThat(model.suggestions()).isEmpty();
    }

    @Test
    void aListOfTagsCompletesItsLastTagAndNeverOffersTheWordItself() {
        CompletionViewModel model = new CompletionViewModel(CompletionViewModel.Mode.TAGS, repository(), vocabulary,
                TaskRunner.sameThread(), Debouncer.immediate());
        model.request("red, SUMM");
        assertThat(texts(model)).containsExactly("red, summer-sale", "red, Summer", "red, summit");
        model.request("summit");
        assertThat(model.suggestions()).isEmpty();
        model.request("red, ");
        assertThat(model.suggestions()).isEmpty();
        assertThat(tagQueries).as("no library call for an empty word").hasValue(2);
    }

    @Test
    void fieldNamesCustomFieldsAndKeywords() {
        CompletionViewModel model = query(TaskRunner.sameThread(), Debouncer.immediate());
        model.request("na");
        assertThat(texts(model)).containsExactly("name");
        model.request("cha");
        assertThat(labels(model)).containsExactly("\"customMetadata.channel\"  · Channel (SingleSelect)");
        model.request("\"customMetadata.b");
        assertThat(texts(model)).containsExactly("\"customMetadata.brand\"");
        model.request("BRA"); // by the label, case ignored
        assertThat(texts(model)).containsExactly("\"customMetadata.brand\"");
        model.request("name : \"x\" a");
        assertThat(texts(model)).containsExactly("name : \"x\" AND");
        model.request("path : \"/x/\"");
        assertThat(model.suggestions()).isEmpty();
        assertThat(tagQueries).hasValue(0);
    }

    @Test
    void selectOptionsFollowTheirField() {
        CompletionViewModel model = query(TaskRunner.sameThread(), Debouncer.immediate());
        model.request("\"customMetadata.channel\" = ");
        assertThat(texts(model)).containsExactly("\"customMetadata.channel\" = \"web\"", "\"customMetadata.channel\" = \"print\"",
                "\"customMetadata.channel\" = \"Web shop\"");
        model.request("\"customMetadata.channel\" IN [\"web\", \"w");
        assertThat(texts(model)).containsExactly("\"customMetadata.channel\" IN [\"web\", \"web\"",
                "\"customMetadata.channel\" IN [\"web\", \"Web shop\"");
        model.request("\"customMetadata.brand\" = \"");
        assertThat(model.suggestions()).as("a text field has no options").isEmpty();
    }

    @Test
    void whenTheLibraryFailsWhatMemoryOfferedStays() {
        vocabulary.learnTag("summer-camp");
        failing = true;
        CompletionViewModel model = query(TaskRunner.sameThread(), Debouncer.immediate());
        model.request("tags : \"sum");
        assertThat(tagQueries).hasValue(1);
        assertThat(labels(model)).containsExactly("summer-camp");
    }

    /** A debounce that waits until the test says the typing paused. */
    private static final class HeldDebouncer implements Debouncer {
        private Runnable waiting;

        @Override
        public void submit(Runnable action) {
            waiting = action;
        }

        void quiet() {
            Runnable action = waiting;
            waiting = null;
            if (action != null) action.run();
        }
    }
}
