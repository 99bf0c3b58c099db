package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.storage.DamagedFiles;
import org.luoshi.storage.Workspace;

/**
 * The window's view model on a damaged workspace, without a toolkit: it opens and shows what can be
 * read, the check after opening marks it damaged (the banner), an edit is refused with a notice that
 * says why, and the file is left byte for byte as it was.
 */
class DamagedWorkspaceViewModelTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2023, 3, 28).atTime(9, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    static Path shared;
    static Path pristine;
    static long lastPlanOnlyPage;
    static String lastPlanText;

    @TempDir
    Path dir;
    private Path file;
    private MainViewModel model;
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void writeTheWorkspace() {
        pristine = DamagedFiles.workspace(shared.resolve("pristine.db"), 300, 3);
        Map<Long, Set<Long>> pages = DamagedFiles.pagesOfPlans(pristine);
        List<Long> ids = new ArrayList<>(pages.keySet());
        Set<Long> others = new java.util.HashSet<>();
        ids.subList(0, ids.size() - 1).forEach(id -> others.addAll(pages.get(id)));
        lastPlanOnlyPage = DamagedFiles.pages(pristine, "task", "leaf").stream()
                .filter(p -> pages.get(ids.get(ids.size() - 1)).contains(p) && !others.contains(p))
                .findFirst().orElseThrow();
        try (Workspace ws = Workspace.open(pristine)) {
            List<Plan> all = ws.plans().loadAll();
            lastPlanText = all.get(all.size() - 1).tasks().get(3).text();
        }
    }

    @BeforeEach
    void copy() throws IOException {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        file = Files.copy(pristine, dir.resolve("workspace.db"));
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aFlippedBitInTextOpensReadOnlyWithTheBannerAndAnEditIsRefused() throws IOException {
        long at = DamagedFiles.offsetOf(file, lastPlanText);
        DamagedFiles.flipBit(file, at + 1, 6);
        byte[] before = Files.readAllBytes(file);

        open();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.planProperty().get()).isNotNull();
        assertThat(model.health().damagedProperty().get()).isNotNull();
        assertThat(model.health().damagedProperty().get().firstProblem()).contains("not valid UTF-8");
        assertThat(notices).as("no dialog at opening: the banner says it").isEmpty();

        Plan shown = model.planProperty().get();
        model.perform(PlanEdits.rename(shown, "改过的标题"));

        assertThat(notices).singleElement().asString().startsWith("未保存：工作区文件已损坏");
        assertThat(model.planProperty().get().displayTitle()).isEqualTo(shown.displayTitle());
        model.close();
        model = null;
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedPageOfAnotherPlanOpensTheFirstPlanAndRefusesEdits() throws IOException {
        DamagedFiles.zeroPage(file, lastPlanOnlyPage);
        byte[] before = Files.readAllBytes(file);

        open();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.planProperty().get()).isNotNull();
        assertThat(model.health().damagedProperty().get()).isNotNull();
        assertThat(model.indexReadyProperty().get()).as("the plans that can be read are indexed").isTrue();
        assertThat(notices).isEmpty();

        model.select(model.plansProperty().get(model.plansProperty().size() - 1));
        assertThat(notices).as("the damaged plan, chosen, cannot be read").singleElement().asString()
                .startsWith("工作区的部分内容无法读取");
        notices.clear();
        model.perform(PlanEdits.rename(model.planProperty().get(), "改过的标题"));
        assertThat(notices).singleElement().asString().startsWith("未保存");
        model.close();
        model = null;
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSoundWorkspaceHasNoBanner() {
        open();
        assertThat(model.health().damagedProperty().get()).isNull();
        assertThat(notices).isEmpty();
    }

    private void open() {
        model = new MainViewModel(new CallerThreadTasks(), file, TODAY, Runnable::run);
        model.statusLine().noticeProperty().addListener((obs, old, notice) -> {
            if (notice != null) {
                notices.add(notice);
            }
        });
        model.open();
    }
}
