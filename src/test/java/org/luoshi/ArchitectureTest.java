package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's main classes (no tests, no rule fixtures) checked against {@link ArchitectureRules}:
 * pure packages never touch JavaFX nodes, only storage touches JDBC, app is the top of the graph,
 * UI never reaches into storage, no package cycles.
 */
class ArchitectureTest {
    private static final ArchitectureRules RULES = ArchitectureRules.LUOSHI;
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/luoshi/archfixture/"))
                .importPackages(ArchitectureRules.ROOT);
    }

    @Test
    void theCheckSeesTheMainClassesOnly() {
        assertThat(main).as("main classes imported").hasSizeGreaterThan(100);
        assertThat(main.stream().map(JavaClass::getPackageName))
                .contains("org.luoshi.app", "org.luoshi.storage")
                .noneMatch(p -> p.startsWith("org.luoshi.archfixture"));
        assertThat(main.stream().map(c -> c.getSource().map(s -> s.getUri().toString()).orElse("")))
                .as("class files").noneMatch(uri -> uri.contains("test-classes"));
        assertThat(main.contain(ArchitectureTest.class)).isFalse();
    }

    @Test
    void packagesAreFreeOfCycles() {
        check(RULES.packagesAreFreeOfCycles);
    }

    @Test
    void nothingOutsideAppDependsOnApp() {
        check(RULES.nothingOutsideAppDependsOnApp);
    }

    @Test
    void uiNeverDependsOnStorage() {
        check(RULES.uiNeverDependsOnStorage);
    }

    @Test
    void pureCodeNeverDependsOnJavaFxNodes() {
        check(RULES.pureCodeNeverDependsOnJavaFxNodes);
    }

    @Test
    void onlyStorageDependsOnJdbc() {
        check(RULES.onlyStorageDependsOnJdbc);
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}
