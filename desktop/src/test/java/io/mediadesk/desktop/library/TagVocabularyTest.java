package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Completion from the tags seen lately: bounded, the least recently seen forgotten first. */
class TagVocabularyTest {

    @Test
    void completesTagsSeenCaseIgnoredInOrder() {
        TagVocabulary v = new TagVocabulary();
        v.learnTag("summer");
        v.learnTag("Sale");
        v.learnTag("winter");
        assertThat(v.tags("s")).containsExactly("Sale", "summer");
        assertThat(v.tags("SU")).containsExactly("summer");
    }

    @Test
    void keepsAtMostKeptTagsAndForgetsTheLeastRecentlySeen() {
        TagVocabulary v = new TagVocabulary();
        v.learnTag("keep-me");
        for (int i = 0; i < TagVocabulary.KEPT * 3; i++) {
            v.learnTag("t" + i);
            if (i % 1000 == 0) v.learnTag("KEEP-ME"); // seen again (in another case): stays fresh, not added twice
        }
        assertThat(v.size()).isEqualTo(TagVocabulary.KEPT);
        assertThat(v.tags("keep")).containsExactly("keep-me");
        // The last KEPT seen: keep-me and t10001..t14999; t0 to t10000 are forgotten.
        assertThat(v.tags("t0")).isEmpty();
        assertThat(v.tags("t1000")).startsWith("t10001").doesNotContain("t1000", "t10000");
        assertThat(v.tags("t14999")).containsExactly("t14999");
    }
}
