package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.archfixture.app.Shell;
import org.luoshi.archfixture.calendar.StageUser;
import org.luoshi.archfixture.cycle.Parent;
import org.luoshi.archfixture.cycle.child.Child;
import org.luoshi.archfixture.plan.DataSourceUser;
import org.luoshi.archfixture.plan.JdbcUser;
import org.luoshi.archfixture.plan.NodeUser;
import org.luoshi.archfixture.plan.UsesApp;
import org.luoshi.archfixture.plan.ui.StorageView;
import org.luoshi.archfixture.storage.Store;
import org.luoshi.archfixture.ui.KitUsesStorage;

/**
 * Each rule of {@link ArchitectureRules} can fail: built for the fixture root, it reports the violation
 * planted under {@code org.luoshi.archfixture}, and names exactly the classes of that violation — the
 * planted class and what it wrongly uses — and none of the allowed look-alikes (app and ui classes
 * using nodes, storage using JDBC).
 */
class ArchitectureRulesTest {
    private static final String ROOT = "org.luoshi.archfixture";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    @Test
    void theFixturesAreImported() {
        assertThat(FIXTURES.stream().filter(c -> c.getSimpleName().equals("Store"))).hasSize(1);
        assertThat(FIXTURES.stream().map(JavaClass::getName)).allMatch(n -> n.startsWith(ROOT + "."));
    }

    @Test
    void aPackageAndItsSubPackageUsingEachOtherAreACycle() {
        assertReportsExactly(RULES.packagesAreFreeOfCycles, Parent.class, Child.class);
    }

    @Test
    void aClassOutsideAppUsingAnAppClassIsReported() {
        assertReportsExactly(RULES.nothingOutsideAppDependsOnApp, UsesApp.class, Shell.class);
    }

    @Test
    void aFeatureViewAndTheUiKitUsingStorageAreReported() {
        assertReportsExactly(RULES.uiNeverDependsOnStorage, StorageView.class, KitUsesStorage.class, Store.class);
    }

    @Test
    void pureCodeUsingANodeOrAStageIsReportedButAppAndUiCodeIsNot() {
        assertReportsExactly(RULES.pureCodeNeverDependsOnJavaFxNodes, NodeUser.class, StageUser.class);
    }

    @Test
    void jdbcOutsideStorageIsReportedButStorageItselfIsNot() {
        assertReportsExactly(RULES.onlyStorageDependsOnJdbc, JdbcUser.class, DataSourceUser.class);
    }

    /** The rule has a violation, and of the fixture classes its report names exactly {@code named}. */
    private static void assertReportsExactly(ArchRule rule, Class<?>... named) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(FIXTURES.stream().filter(c -> !c.isNestedClass()).map(JavaClass::getName)
                .filter(name -> Pattern.compile(Pattern.quote(name) + "(?![\\w])").matcher(report).find()))
                .as(report)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(named).map(Class::getName).toList());
    }
}
