package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module rules hold for the production code, and each rule is shown to fail on a fixture
 * (src/test/java/fixture/archviolation) that breaks exactly that rule: a rule that cannot fail
 * proves nothing.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mediadesk");
    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importPackages("fixture.archviolation");

    static Stream<Arguments> rules() {
        return ArchitectureRules.forRoot("io.mediadesk").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollowsTheRule(String name, ArchRule rule) {
        rule.check(PRODUCTION);
    }

    @Test
    void theProductionImportSeesEveryModule() {
        for (String module : new String[] {"engine", "library", "sync", "desktop"}) {
            assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith("io.mediadesk." + module)).count())
                    .as("classes imported from %s", module).isPositive();
        }
    }

    /** Which fixture class breaks which rule; every rule must appear here. */
    private static final Map<String, String> OFFENDERS = Map.of(
            "modules depend one way: desktop -> sync -> media-library -> engine", "EngineReachingUpToDesktop",
            "only desktop touches JavaFX or ControlsFX", "LibraryUsingJavaFx",
            "only sync touches OkHttp", "EngineUsingOkHttp",
            "only the MongoDB store adapter touches the MongoDB driver", "SyncUsingMongoDriver",
            "only the SQLite store adapter touches JDBC", "DesktopUsingJdbc",
            "only the engine's render and codec packages touch AWT, ImageIO or Thumbnailator", "LibraryUsingAwt");

    @ParameterizedTest(name = "{0}")
    @MethodSource("violatedRules")
    void eachRuleFailsOnTheFixtureThatBreaksIt(String name, ArchRule rule) {
        assertThat(OFFENDERS).containsKey(name);
        assertThatThrownBy(() -> rule.check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(OFFENDERS.get(name));
    }

    static Stream<Arguments> violatedRules() {
        return ArchitectureRules.forRoot("fixture.archviolation").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }
}
