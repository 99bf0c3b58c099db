package org.luoshi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The lines of the design notes ("Shape of the code"), as ArchUnit rules over the classes under
 * a root package. Each rule is written once, as a method of the root: {@link #LUOSHI} holds them for
 * the app ({@value #ROOT}, checked by {@code ArchitectureTest}), and {@code ArchitectureRulesTest}
 * builds the same rules for the planted violations under {@code org.luoshi.archfixture} to show that
 * each one can fail.
 *
 * <ul>
 *   <li>packages are free of cycles, every package its own slice ({@code app} and {@code app.detail}
 *       are two);</li>
 *   <li>{@code app} is the top of the graph: nothing outside it depends on it;</li>
 *   <li>UI code ({@code ui} packages: a feature's {@code x.ui} and the UI kit {@code ui}) never
 *       depends on {@code storage};</li>
 *   <li>pure code (everything but {@code app} and {@code ui} packages) never depends on
 *       {@code javafx.scene} or {@code javafx.stage};</li>
 *   <li>only {@code storage} depends on JDBC ({@code java.sql}, {@code javax.sql}).</li>
 * </ul>
 */
public final class ArchitectureRules {
    public static final String ROOT = "org.luoshi";

    /** The rules over the app's own packages. */
    public static final ArchitectureRules LUOSHI = new ArchitectureRules(ROOT);

    public final String root;
    public final ArchRule packagesAreFreeOfCycles;
    public final ArchRule nothingOutsideAppDependsOnApp;
    public final ArchRule uiNeverDependsOnStorage;
    public final ArchRule pureCodeNeverDependsOnJavaFxNodes;
    public final ArchRule onlyStorageDependsOnJdbc;

    public ArchitectureRules(String root) {
        this.root = root;
        String app = root + ".app..";
        String ui = root + "..ui..";
        String storage = root + ".storage..";
        packagesAreFreeOfCycles = slices().matching(root + ".(**)").namingSlices("$1")
                .as("packages under " + root + " (each package its own slice)")
                .should().beFreeOfCycles();
        nothingOutsideAppDependsOnApp = noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(app)
                .should().dependOnClassesThat().resideInAPackage(app)
                .because("app is the top of the graph: start-up, the main window, actions, the navigator");
        uiNeverDependsOnStorage = noClasses().that().resideInAPackage(ui)
                .should().dependOnClassesThat().resideInAPackage(storage)
                .because("views, view models and the UI kit reach data through the session's use cases, "
                        + "not the repositories");
        pureCodeNeverDependsOnJavaFxNodes = noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(app, ui)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("pure code is testable without a toolkit: only app and ui packages touch nodes");
        onlyStorageDependsOnJdbc = noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(storage)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("storage is behind one interface: nothing else touches JDBC");
    }

    /** Every rule, in the order of the class comment. */
    public List<ArchRule> all() {
        return List.of(packagesAreFreeOfCycles, nothingOutsideAppDependsOnApp, uiNeverDependsOnStorage,
                pureCodeNeverDependsOnJavaFxNodes, onlyStorageDependsOnJdbc);
    }
}
