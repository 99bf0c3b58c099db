package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.EditConflict;
import org.luoshi.edit.PlanEdits;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.session.Session;
import org.luoshi.storage.RowVersions.Row;

/**
 * Two people on one workspace (issue 19): two connections to the same file, or two clients of the
 * same database on the server, each with its own session and undo history. 张三's connection works
 * at 10:00, 李四's at 10:42 (today), so the refusals can say who and when.
 */
class ConcurrentEditsTest extends EngineTest {
    static final LocalDateTime ZHANG_TIME = LocalDate.now().atTime(10, 0);
    static final LocalDateTime LI_TIME = LocalDate.now().atTime(10, 42);

    @TempDir
    Path dir;

    Workspace zhangWs;
    Workspace liWs;
    Session zhang;
    Session li;
    Plan plan;
    Task task29;
    private Locale locale;

    static Clock at(LocalDateTime time) {
        return Clock.fixed(time.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    @BeforeEach
    void openTwice() {
        locale = Messages.locale();
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        zhangWs = open(dir.resolve("shared.db"), at(ZHANG_TIME));
        plan = zhangWs.plans().save(SamplePlans.shanxi());
        task29 = plan.tasks().get(3);
        liWs = open(dir.resolve("shared.db"), at(LI_TIME));
        zhang = Session.of(zhangWs, at(ZHANG_TIME));
        zhang.recordAs("张三");
        li = Session.of(liWs, at(LI_TIME));
        li.recordAs("李四");
    }

    @AfterEach
    void close() {
        Messages.setLocale(locale);
        liWs.close();
        zhangWs.close();
    }

    @Test
    void aStaleEditIsRefusedWithWhoWhenAndTheValueNowAndNothingIsWritten() {
        li.apply(TaskEdits.text(task29, "李四改过的任务内容。"));
        RowStamp afterLi = zhangWs.versions().stamp(Row.TASK, task29.id()).orElseThrow();

        // 张三 still sees the text as it was when he opened the task.
        EditConflict refused = catchConflict(() -> zhang.apply(TaskEdits.text(task29, "张三输入的内容。")));

        assertThat(refused.current()).isEqualTo("李四改过的任务内容。");
        assertThat(refused.attempted()).isEqualTo("张三输入的内容。");
        assertThat(refused.changedAt()).isEqualTo(LI_TIME);
        assertThat(refused.changedBy()).isEqualTo(liWs.onServer() ? refused.changedBy() : "李四");
        assertThat(refused.changedBy()).isNotBlank();
        assertThat(refused.getMessage())
                .isEqualTo(refused.changedBy() + " 于 10:42 修改了此项：现在是「李四改过的任务内容。」。您的修改未保存。");
        assertThat(zhangWs.tasks().require(task29.id()).text()).isEqualTo("李四改过的任务内容。");
        // Rolled back whole: the version stayed where 李四 left it, no history step, nothing to undo.
        assertThat(zhangWs.versions().stamp(Row.TASK, task29.id())).contains(afterLi);
        assertThat(afterLi.version()).isEqualTo(2);
        assertThat(zhangWs.history().ofTask(task29.id())).hasSize(1);
        assertThat(zhang.editState().canUndo()).isFalse();
    }

    @Test
    void theEnglishMessageSaysTheSame() {
        li.apply(TaskEdits.notes(task29, "每月28日前报送"));
        Messages.setLocale(Locale.ENGLISH);
        EditConflict refused = catchConflict(() -> zhang.apply(TaskEdits.notes(task29, "my notes")));
        assertThat(refused.getMessage()).isEqualTo(refused.changedBy()
                + " changed this at 10:42; it is now “每月28日前报送”. Your change was not saved.");
    }

    @Test
    void editsOfDifferentFieldsOfOneTaskAndOfDifferentTasksAreAllKept() {
        Task task1 = plan.tasks().get(0);
        zhang.apply(TaskEdits.status(task29, TaskStatus.DONE));
        li.apply(TaskEdits.notes(task29, "李四的备注"));      // same task, another field, built on the old view
        li.apply(TaskEdits.text(task1, "李四改的任务 1。"));
        zhang.apply(TaskEdits.contact(task29, "王丽", "0351-4046688"));

        Task stored = liWs.tasks().require(task29.id());
        assertThat(stored.status()).isEqualTo(TaskStatus.DONE);
        assertThat(stored.notes()).isEqualTo("李四的备注");
        assertThat(stored.contact()).isEqualTo("王丽");
        assertThat(stored.text()).isEqualTo(task29.text());
        assertThat(liWs.tasks().require(task1.id()).text()).isEqualTo("李四改的任务 1。");
        assertThat(liWs.versions().stamp(Row.TASK, task29.id()).orElseThrow().version()).isEqualTo(4);
        assertThat(liWs.versions().stamp(Row.TASK, task1.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void oneOwnEditAfterAnotherOnAStaleViewIsNoConflict() {
        // The window's view can lag behind the person's own last edit: that is not someone else's change.
        zhang.apply(TaskEdits.notes(task29, "第一稿"));
        zhang.apply(TaskEdits.notes(task29, "第二稿"));
        assertThat(zhangWs.tasks().require(task29.id()).notes()).isEqualTo("第二稿");
        RowStamp stamp = liWs.versions().stamp(Row.TASK, task29.id()).orElseThrow();
        assertThat(stamp.version()).isEqualTo(3);
        assertThat(stamp.changedAt()).isEqualTo(ZHANG_TIME);
        if (!onServer()) {
            assertThat(stamp.changedBy()).isEqualTo("张三");
        }
    }

    @Test
    void undoIsRefusedWhenSomeoneElseChangedTheSameThingSince() {
        zhang.apply(TaskEdits.text(task29, "张三的内容。"));
        Task seenByLi = liWs.tasks().require(task29.id());
        li.apply(TaskEdits.text(seenByLi, "李四又改了。"));

        assertThatThrownBy(() -> undo(zhang))
                .isInstanceOfSatisfying(EditConflict.class, c -> {
                    assertThat(c.step()).isEqualTo(EditConflict.Step.UNDO);
                    assertThat(c.current()).isEqualTo("李四又改了。");
                    assertThat(c.getMessage()).startsWith("无法撤销“修改任务 29 的内容”：")
                            .contains(" 于 10:42 修改了此项：现在是「李四又改了。」");
                });
        assertThat(zhangWs.tasks().require(task29.id()).text()).isEqualTo("李四又改了。");
        assertThat(zhang.editState().undoDescription()).isEqualTo("修改任务 29 的内容");
    }

    @Test
    void undoGoesAheadWhenSomeoneElseChangedAnotherField() {
        zhang.apply(TaskEdits.text(task29, "张三的内容。"));
        li.apply(TaskEdits.notes(task29, "李四的备注"));
        undo(zhang);
        Task stored = liWs.tasks().require(task29.id());
        assertThat(stored.text()).isEqualTo(task29.text());
        assertThat(stored.notes()).isEqualTo("李四的备注");
    }

    @Test
    void redoIsRefusedWhenSomeoneElseChangedTheSameThingAfterTheUndo() {
        zhang.apply(TaskEdits.status(task29, TaskStatus.DONE));
        undo(zhang);
        li.apply(TaskEdits.status(liWs.tasks().require(task29.id()), TaskStatus.ON_HOLD));
        assertThatThrownBy(() -> redo(zhang))
                .isInstanceOfSatisfying(EditConflict.class, c -> {
                    assertThat(c.step()).isEqualTo(EditConflict.Step.REDO);
                    assertThat(c.current()).isEqualTo("暂缓");
                });
        assertThat(liWs.tasks().require(task29.id()).status()).isEqualTo(TaskStatus.ON_HOLD);
    }

    @Test
    void aMilestoneSomeoneElseRemovedCannotBeMovedAndAProgressEntrySomeoneCorrectedCannotBeRemoved() {
        Milestone first = task29.milestones().get(0);
        li.apply(TaskEdits.removeMilestone(task29, first));
        EditConflict moved = catchConflict(() -> zhang.apply(TaskEdits.moveMilestone(task29,
                new Milestone(first.id(), first.date().plusDays(30), first.label()))));
        assertThat(moved.removed()).isTrue();
        assertThat(moved.getMessage()).isEqualTo("此项已被他人删除。您的修改未保存。");

        ProgressEntry entry = task29.progress().get(0);
        li.apply(TaskEdits.changeProgress(task29, new ProgressEntry(entry.id(), entry.date(), 60, "李四更正的进展")));
        EditConflict removed = catchConflict(() -> zhang.apply(TaskEdits.removeProgress(task29, entry)));
        assertThat(removed.current()).endsWith("60% 李四更正的进展");
        assertThat(liWs.tasks().require(task29.id()).progress()).extracting(ProgressEntry::text).contains("李四更正的进展");
    }

    @Test
    void undoingOnesOwnProgressEntryIsRefusedOnceSomeoneCorrectedIt() {
        zhang.apply(TaskEdits.addProgress(task29, ProgressEntry.of(LocalDate.of(2023, 4, 30), 50, "张三录入")));
        Task seen = liWs.tasks().require(task29.id());
        ProgressEntry added = seen.progress().stream().filter(e -> e.text().equals("张三录入")).findFirst().orElseThrow();
        li.apply(TaskEdits.changeProgress(seen, new ProgressEntry(added.id(), added.date(), 55, "李四补充")));
        EditConflict refused = catchConflict(() -> undo(zhang));
        assertThat(refused.step()).isEqualTo(EditConflict.Step.UNDO);
        assertThat(liWs.tasks().require(task29.id()).progress()).extracting(ProgressEntry::text).contains("李四补充");
    }

    @Test
    void aPlanRenamedBySomeoneElseIsNotRenamedOver() {
        li.apply(PlanEdits.rename(plan, "李四的标题"));
        EditConflict refused = catchConflict(() -> zhang.apply(PlanEdits.rename(plan, "张三的标题")));
        assertThat(refused.current()).isEqualTo("李四的标题");
        assertThat(zhangWs.plans().title(plan.id())).isEqualTo("李四的标题");
    }

    static EditConflict catchConflict(Runnable work) {
        try {
            work.run();
        } catch (EditConflict c) {
            return c;
        }
        throw new AssertionError("the edit was not refused");
    }

    /** Edit → Undo as the window asks it; its refusal thrown. */
    static void undo(Session session) {
        rethrown(session, () -> session.undo("undo"));
    }

    /** Edit → Redo as the window asks it; its refusal thrown. */
    static void redo(Session session) {
        rethrown(session, () -> session.redo("redo"));
    }

    private static void rethrown(Session session, Runnable step) {
        RuntimeException[] failure = new RuntimeException[1];
        org.luoshi.session.SessionListener l = org.luoshi.session.SessionListener.of(c -> { },
                t -> failure[0] = t instanceof RuntimeException r ? r : new IllegalStateException(t));
        session.addListener(l);
        try {
            step.run();
        } finally {
            session.removeListener(l);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
