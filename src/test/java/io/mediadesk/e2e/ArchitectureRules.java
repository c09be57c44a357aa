package io.mediadesk.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dependency rules of docs/ARCHITECTURE.md, written once for any root package so the same rules
 * can be shown to fail on a fixture that breaks them.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** Rule name to rule, for the modules under {@code root} (engine, library, sync, desktop). */
    static Map<String, ArchRule> forRoot(String root) {
        String engine = root + ".engine..";
        String library = root + ".library..";
        String sync = root + ".sync..";
        String desktop = root + ".desktop..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("modules depend one way: desktop -> sync -> media-library -> engine", layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Engine").definedBy(engine)
                .layer("Library").definedBy(library)
                .layer("Sync").definedBy(sync)
                .layer("Desktop").definedBy(desktop)
                .whereLayer("Desktop").mayNotBeAccessedByAnyLayer()
                .whereLayer("Sync").mayOnlyBeAccessedByLayers("Desktop")
                .whereLayer("Library").mayOnlyBeAccessedByLayers("Sync", "Desktop")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Library", "Sync", "Desktop"));
        rules.put("only desktop touches JavaFX or ControlsFX", noClasses()
                .that().resideOutsideOfPackage(desktop)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true));
        rules.put("only sync touches OkHttp", noClasses()
                .that().resideOutsideOfPackage(sync)
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .allowEmptyShould(true));
        rules.put("only the MongoDB store adapter touches the MongoDB driver", noClasses()
                .that().resideOutsideOfPackage(root + ".library.store.mongo..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..")
                .allowEmptyShould(true));
        rules.put("only the SQLite store adapter touches JDBC", noClasses()
                .that().resideOutsideOfPackage(root + ".library.store.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .allowEmptyShould(true));
        rules.put("only the engine's render and codec packages touch AWT, ImageIO or Thumbnailator", noClasses()
                .that().resideOutsideOfPackages(root + ".engine.render..", root + ".engine.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "net.coobird..")
                .allowEmptyShould(true));
        return rules;
    }
}
