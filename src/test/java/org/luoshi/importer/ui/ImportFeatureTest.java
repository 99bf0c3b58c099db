package org.luoshi.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.plan.PlanSummary;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;
import org.luoshi.ui.ScriptedDialogs;

/**
 * The import flow without a window: a same-thread session on a workspace file, a scripted dialog
 * service and a reviewer in place of the review dialog.
 */
class ImportFeatureTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    private Workspace workspace;
    private Session session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> said = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<ReviewDraft> reviewed = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("workspace.db"));
        session = Session.of(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A feature whose reviewer renames the plan and saves it. */
    private ImportFeature saving() {
        return new ImportFeature(session, dialogs, said::add, failures::add, (draft, label) -> {
            reviewed.add(draft);
            labels.add(label);
            draft.setTitle("营商环境（已核对）");
            return Optional.of(draft.toPlan());
        });
    }

    @Test
    void aReviewedDocumentIsSavedAsOneUndoableEdit() throws Exception {
        Path file = Files.writeString(dir.resolve("营商环境.txt"), TwoTaskPlan.TEXT, StandardCharsets.UTF_8);
        dialogs.openingFile(file);

        saving().chooseFile();

        assertThat(dialogs.asked()).extracting(ScriptedDialogs.Asked::question).containsExactly("chooseOpenFile");
        assertThat(reviewed).singleElement().satisfies(d -> assertThat(d.tasks()).hasSize(2));
        assertThat(labels).singleElement().asString().startsWith("营商环境.txt（");
        assertThat(workspace.plans().list()).extracting(PlanSummary::title, PlanSummary::docNumber, PlanSummary::taskCount)
                .containsExactly(tuple("营商环境（已核对）", TwoTaskPlan.DOC_NUMBER, 2));
        assertThat(said).containsExactly(Messages.get("import.saved", "营商环境（已核对）", 2));
        assertThat(dialogs.shown()).isEmpty();
        assertThat(failures).isEmpty();

        session.undo("undo");
        assertThat(workspace.plans().list()).isEmpty();
    }

    @Test
    void pastedTextIsReviewedAndSavedLikeAFile() {
        saving().importText(TwoTaskPlan.TEXT);

        assertThat(labels).singleElement().asString().startsWith(Messages.get("import.clipboard.name"));
        assertThat(workspace.plans().list()).extracting(PlanSummary::docNumber).containsExactly(TwoTaskPlan.DOC_NUMBER);
    }

    @Test
    void cancelledReviewWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("营商环境.txt"), TwoTaskPlan.TEXT, StandardCharsets.UTF_8);
        new ImportFeature(session, dialogs, said::add, failures::add, (draft, label) -> Optional.empty())
                .importFile(file);

        assertThat(workspace.plans().list()).isEmpty();
        assertThat(said).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void cancelledChooserReadsNothing() {
        dialogs.openingFile((Path) null);

        saving().chooseFile();

        assertThat(reviewed).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(workspace.plans().list()).isEmpty();
    }

    @Test
    void aDocumentWithoutTasksIsAWarningAndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("通知.txt"), "关于召开会议的通知\n请各单位准时参加。\n",
                StandardCharsets.UTF_8);

        saving().importFile(file);

        assertThat(dialogs.shown()).containsExactly(new ScriptedDialogs.Shown(ScriptedDialogs.Kind.WARN,
                Messages.get("import.noTasks.title"), Messages.get("import.noTasks.text", "通知.txt")));
        assertThat(reviewed).isEmpty();
        assertThat(said).isEmpty();
        assertThat(workspace.plans().list()).isEmpty();
    }

    @Test
    void aBrokenFileIsAnErrorAndWritesNothing() throws Exception {
        Path file = Files.write(dir.resolve("方案.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

        saving().importFile(file);

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo(ScriptedDialogs.Kind.ERROR);
            assertThat(shown.header()).isEqualTo(Messages.get("import.failed.title"));
            assertThat(shown.message()).contains("方案.docx");
        });
        assertThat(reviewed).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(workspace.plans().list()).isEmpty();
    }

    @Test
    void aFailureToSaveGoesToTheWindowNotTheStatusBar() throws Exception {
        Path file = Files.writeString(dir.resolve("营商环境.txt"), TwoTaskPlan.TEXT, StandardCharsets.UTF_8);
        new ImportFeature(session, dialogs, said::add, failures::add, (draft, label) -> {
            workspace.close(); // the workspace goes away while the person reviews
            return Optional.of(draft.toPlan());
        }).importFile(file);

        assertThat(failures).hasSize(1);
        assertThat(said).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        workspace = Workspace.open(dir.resolve("workspace.db"));
        assertThat(workspace.plans().list()).isEmpty();
    }
}
