package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.app.SamplePlan;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditHistory;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/** Drags become undoable edits of the stored plan, with phrases that say the new dates. */
class DateEditsTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @TempDir
    Path dir;

    @Test
    void movingAMilestoneIsOneEditThatUndoes() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            Plan plan = SamplePlan.seedIfEmpty(ws);
            Task t29 = TimelineFixtures.task29(plan);
            Milestone march = t29.milestones().get(0);
            assertThat(march.date()).isEqualTo(LocalDate.of(2023, 3, 31));
            Edit edit = DateEdits.forDrag(t29, DragTarget.milestone(march.id()), LocalDate.of(2023, 4, 10));
            assertThat(edit.description()).isEqualTo("修改任务 29 的里程碑");
            EditHistory history = new EditHistory();
            history.perform(ws, edit);
            assertThat(ws.tasks().require(t29.id()).milestones()).extracting(Milestone::date)
                    .containsExactly(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 6, 30));
            history.undo(ws);
            assertThat(ws.tasks().require(t29.id()).milestones()).extracting(Milestone::date)
                    .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
            assertThat(ws.tasks().require(t29.id()).milestones().get(0).label()).isEqualTo(march.label());
        }
    }

    @Test
    void movingABarsEndRewritesItsDeadlineAndUndoRestoresThePrintedPhrase() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            Task t29 = TimelineFixtures.task29(SamplePlan.seedIfEmpty(ws));
            EditHistory history = new EditHistory();
            history.perform(ws, DateEdits.forDrag(t29, DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 1),
                    LocalDate.of(2023, 7, 15)));
            assertThat(ws.tasks().require(t29.id()).deadlines()).extracting(Deadline::raw, Deadline::date)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2023年3月底前", LocalDate.of(2023, 3, 31)),
                            org.assertj.core.groups.Tuple.tuple("2023年7月15日前", LocalDate.of(2023, 7, 15)));
            history.undo(ws);
            assertThat(ws.tasks().require(t29.id()).deadlines()).extracting(Deadline::raw)
                    .containsExactly("2023年3月底前", "6月底前");
        }
    }

    @Test
    void theSameDayIsNoEdit() {
        Task t29 = TimelineFixtures.task29(TimelineFixtures.sample());
        assertThat(DateEdits.forDrag(t29, DragTarget.milestone(2900), LocalDate.of(2023, 3, 31))).isNull();
        assertThat(DateEdits.forDrag(t29, DragTarget.deadline(DragTarget.Kind.DEADLINE_DATE, 0),
                LocalDate.of(2023, 3, 31))).isNull();
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        Task t = TimelineFixtures.task(47, Deadline.period("2022年6月至12月期间", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 12, 31)));
        assertThatThrownBy(() -> DateEdits.forDrag(t, DragTarget.deadline(DragTarget.Kind.PERIOD_END, 0),
                LocalDate.of(2022, 5, 31))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("期间的结束日期不能早于开始日期。");
        assertThatThrownBy(() -> DateEdits.forDrag(t, DragTarget.deadline(DragTarget.Kind.PERIOD_START, 0),
                LocalDate.of(2023, 1, 1))).hasMessage("期间的开始日期不能晚于结束日期。");
        assertThatThrownBy(() -> DateEdits.forDrag(t, DragTarget.deadline(DragTarget.Kind.PERIOD_END, 3),
                LocalDate.of(2023, 1, 1))).hasMessage("该日期已不存在，方案已有改动，请重试。");
    }

    @Test
    void phrasesSayTheDateAsPlansDoAndReadBackTheSame() {
        DeadlineParser parser = new DeadlineParser();
        record Case(String phrase, DeadlineKind kind, LocalDate date, LocalDate start, LocalDate end) {
        }
        List<Case> cases = List.of(
                new Case(DeadlinePhrases.by(LocalDate.of(2023, 12, 31)), DeadlineKind.BY, LocalDate.of(2023, 12, 31), null, null),
                new Case(DeadlinePhrases.by(LocalDate.of(2023, 6, 30)), DeadlineKind.BY, LocalDate.of(2023, 6, 30), null, null),
                new Case(DeadlinePhrases.by(LocalDate.of(2023, 6, 15)), DeadlineKind.BY, LocalDate.of(2023, 6, 15), null, null),
                new Case(DeadlinePhrases.from(LocalDate.of(2024, 1, 1)), DeadlineKind.FROM, LocalDate.of(2024, 1, 1), null, null),
                new Case(DeadlinePhrases.from(LocalDate.of(2023, 7, 1)), DeadlineKind.FROM, LocalDate.of(2023, 7, 1), null, null),
                new Case(DeadlinePhrases.period(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 31)), DeadlineKind.PERIOD,
                        null, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 12, 31)),
                new Case(DeadlinePhrases.period(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)), DeadlineKind.PERIOD,
                        null, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(cases).extracting(Case::phrase).containsExactly("2023年底前", "2023年6月底前", "2023年6月15日前",
                "2024年起", "2023年7月起", "2022年6月至12月期间", "2021年至2025年期间");
        for (Case c : cases) {
            Deadline read = parser.parseTimeLimit(c.phrase(), null).get(0);
            assertThat(read.kind()).as(c.phrase()).isEqualTo(c.kind());
            assertThat(read.date()).as(c.phrase()).isEqualTo(c.date());
            assertThat(read.start()).as(c.phrase()).isEqualTo(c.start());
            assertThat(read.end()).as(c.phrase()).isEqualTo(c.end());
        }
        assertThat(DeadlinePhrases.from(LocalDate.of(2023, 7, 15))).isEqualTo("2023年7月15日起");
        assertThat(DeadlinePhrases.period(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 6, 30)))
                .isEqualTo("2023年1月5日至2023年6月30日");
    }
}
