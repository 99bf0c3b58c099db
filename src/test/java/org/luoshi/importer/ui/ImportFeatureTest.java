package org.luoshi.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.review.ReviewDraft;
import org.luoshi.importer.review.TableReview;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.importer.table.TableColumn;
import org.luoshi.plan.Role;
import org.luoshi.plan.PlanSummary;
import org.luoshi.session.BackgroundTasks;
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
        return saving(session);
    }

    private ImportFeature saving(Session session) {
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
    void aTableWhoseHeaderNobodyKnowsIsReviewedAndTheMeaningsChosenAreRemembered() throws Exception {
        Path file = TablePlanDocx.write(dir.resolve("推进清单.docx"));
        List<RememberedHeaders> kept = new ArrayList<>();
        ImportFeature feature = new ImportFeature(session, dialogs, said::add, failures::add, (draft, label) -> {
            reviewed.add(draft);
            TableReview tables = draft.tableReview().orElseThrow();
            if (!tables.readsTasks(0)) {
                tables.setMeaning(0, 1, TableColumn.TASK);
                tables.setMeaning(0, 2, TableColumn.LEAD);
                tables.setMeaning(0, 3, TableColumn.COOPERATING);
                tables.setMeaning(0, 4, TableColumn.DEADLINE);
                draft.rereadTables();
            }
            return Optional.of(draft.toPlan());
        });
        feature.rememberHeaders(() -> kept.isEmpty() ? RememberedHeaders.NONE : kept.get(kept.size() - 1), kept::add);

        feature.importFile(file);

        assertThat(dialogs.shown()).as("reviewed, not refused for want of tasks").isEmpty();
        assertThat(reviewed.get(0).tasks()).extracting(t -> t.units(Role.LEAD))
                .containsExactly("市数据局", "市数据局", "市发展改革委");
        assertThat(workspace.plans().list()).extracting(PlanSummary::taskCount).containsExactly(3);
        assertThat(kept).singleElement().satisfies(h -> {
            assertThat(h.meaningOf("推进主体")).contains(TableColumn.LEAD);
            assertThat(h.meaningOf("办结时间")).contains(TableColumn.DEADLINE);
        });

        feature.importFile(file);

        assertThat(reviewed.get(1).tableReview().orElseThrow().readsTasks(0)).as("read at once the second time").isTrue();
        assertThat(reviewed.get(1).tasks()).hasSize(3);
        assertThat(kept).as("nothing new to remember").hasSize(1);
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

    // ---- progress and cancel (issue 13) ----

    /** A runner on the caller's thread whose progress reports go to {@code onProgress}. */
    private static final class WatchedTasks implements BackgroundTasks {
        final List<Double> progress = new ArrayList<>();
        Runnable onProgress = () -> { };

        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            runWithProgress(description, p -> work.call(), onSuccess, onFailure);
        }

        @Override
        public <T> void runWithProgress(String description, ProgressWork<T> work, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call((done, total) -> {
                    progress.add((double) done / total);
                    onProgress.run();
                });
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void shutdown() {
        }
    }

    @Test
    void aLongImportShowsItsProgress() throws Exception {
        WatchedTasks tasks = new WatchedTasks();
        Session watched = new Session(tasks);
        watched.attach(workspace);
        Path file = Files.writeString(dir.resolve("长方案.txt"),
                org.luoshi.importer.LargePlans.plan(5_000, org.luoshi.importer.LargePlans.Shape.MIXED), StandardCharsets.UTF_8);
        List<Boolean> importing = new ArrayList<>();
        ImportFeature feature = new ImportFeature(watched, dialogs, said::add, failures::add, (draft, label) -> {
            reviewed.add(draft);
            return Optional.empty();
        });
        tasks.onProgress = () -> importing.add(feature.importingProperty().get());

        feature.importFile(file);

        assertThat(tasks.progress).hasSizeGreaterThan(100);
        for (int i = 1; i < tasks.progress.size(); i++) {
            assertThat(tasks.progress.get(i)).isGreaterThanOrEqualTo(tasks.progress.get(i - 1));
        }
        assertThat(tasks.progress.get(tasks.progress.size() - 1)).isEqualTo(1.0);
        assertThat(importing).containsOnly(true);
        assertThat(feature.importingProperty().get()).isFalse();
        assertThat(reviewed).singleElement().satisfies(d -> assertThat(d.tasks()).hasSize(5_000));
    }

    @Test
    void aCancelledImportStopsAndWritesNothing() throws Exception {
        WatchedTasks tasks = new WatchedTasks();
        Session watched = new Session(tasks);
        watched.attach(workspace);
        Path file = Files.writeString(dir.resolve("长方案.txt"),
                org.luoshi.importer.LargePlans.plan(5_000, org.luoshi.importer.LargePlans.Shape.UNNUMBERED),
                StandardCharsets.UTF_8);
        ImportFeature feature = saving(watched);
        tasks.onProgress = () -> {
            if (tasks.progress.get(tasks.progress.size() - 1) > 0.5) {
                feature.cancelImport(); // the person clicks Cancel import half way through
            }
        };

        feature.importFile(file);

        assertThat(tasks.progress.get(tasks.progress.size() - 1)).isBetween(0.5, 0.6);
        assertThat(reviewed).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(said).containsExactly(Messages.get("import.cancelled", "长方案.txt"));
        assertThat(feature.importingProperty().get()).isFalse();
        assertThat(workspace.plans().list()).isEmpty();

        // The next import is not cancelled by the last one's request.
        tasks.onProgress = () -> { };
        feature.importFile(file);
        assertThat(workspace.plans().list()).hasSize(1);
    }

    @Test
    void pastedTextCanBeCancelledToo() {
        WatchedTasks tasks = new WatchedTasks();
        Session watched = new Session(tasks);
        watched.attach(workspace);
        ImportFeature feature = saving(watched);
        tasks.onProgress = feature::cancelImport;

        feature.importText(org.luoshi.importer.LargePlans.plan(2_000, org.luoshi.importer.LargePlans.Shape.NUMBERED));

        assertThat(reviewed).isEmpty();
        assertThat(said).containsExactly(Messages.get("import.cancelled", Messages.get("import.clipboard.name")));
        assertThat(workspace.plans().list()).isEmpty();
    }
}
