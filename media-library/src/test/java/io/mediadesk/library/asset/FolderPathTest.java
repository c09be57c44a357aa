package io.mediadesk.library.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import org.junit.jupiter.api.Test;

class FolderPathTest {

    @Test
    void pathsAreWrittenWithALeadingAndATrailingSlashLikeTheService() {
        assertThat(FolderPath.parse("sales/banners").value()).isEqualTo("/sales/banners/");
        assertThat(FolderPath.parse("/sales/banners/").value()).isEqualTo("/sales/banners/");
        assertThat(FolderPath.parse("/").isRoot()).isTrue();
    }

    @Test
    void parentNameAndLineageFollowTheHierarchy() {
        FolderPath p = FolderPath.parse("/a/b/c/");
        assertThat(p.parent().value()).isEqualTo("/a/b/");
        assertThat(p.name()).isEqualTo("c");
        assertThat(p.depth()).isEqualTo(3);
        assertThat(p.lineage()).extracting(FolderPath::value).containsExactly("/", "/a/", "/a/b/", "/a/b/c/");
        assertThat(FolderPath.root().parent()).isEqualTo(FolderPath.root());
    }

    @Test
    void aSubtreeTestRespectsFolderBoundaries() {
        assertThat(FolderPath.parse("/lib/x/").isWithin(FolderPath.parse("/lib/"))).isTrue();
        assertThat(FolderPath.parse("/lib2/").isWithin(FolderPath.parse("/lib/"))).isFalse();
        assertThat(FolderPath.parse("/lib/").isWithin(FolderPath.root())).isTrue();
    }

    @Test
    void emptySegmentsDotsAndOtherCharactersAreRefused() {
        assertThatThrownBy(() -> FolderPath.parse("/a//b/")).isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> FolderPath.parse("/../etc/")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> FolderPath.parse("/a b/")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("characters");
        assertThatThrownBy(() -> FolderPath.parse("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void lettersOfAnyScriptDigitsUnderscoresAndHyphensAreAllowed() {
        assertThat(FolderPath.parse("/Été_2024/東京-trip/").depth()).isEqualTo(2);
    }

    @Test
    void nestingStopsAtFiftyLevels() {
        assertThat(FolderPath.parse("/x".repeat(50)).depth()).isEqualTo(50);
        assertThatThrownBy(() -> FolderPath.parse("/x".repeat(51))).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).rule()).isEqualTo("maxDepth");
    }

    @Test
    void aFolderNameFromDiskIsMappedOntoTheRuleWithUnderscores() {
        assertThat(FolderPath.sanitizedSegment("Summer 2024 (final)")).isEqualTo("Summer_2024__final_");
        assertThat(FolderPath.sanitizedSegment("..")).isEqualTo("__");
        assertThat(FolderPath.sanitizedSegment("")).isEqualTo("_");
    }

    @Test
    void fileNamesFollowTheServiceRuleAndClashesAreNumbered() {
        assertThat(FileName.sanitized("My Photo (1).JPG")).isEqualTo("My_Photo__1_.JPG");
        assertThat(FileName.sanitized("..")).isEqualTo("_..");
        assertThat(FileName.numbered("beach.jpg", 2)).isEqualTo("beach_2.jpg");
        assertThat(FileName.numbered("README", 3)).isEqualTo("README_3");
        assertThatThrownBy(() -> FileName.check("a/b.jpg")).isInstanceOf(InvalidValueException.class);
    }
}
