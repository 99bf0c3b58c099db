package org.luoshi.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

class ReminderScheduleTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.bundled();
    private static final DueItems.Window ALL_OF_2023 =
            new DueItems.Window(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), false);

    @Test
    void theImporterGivesTask29ItsTwoMilestones() {
        Task t29 = SamplePlanFixture.task(SamplePlanFixture.plan(), "29");
        assertThat(t29.milestones()).extracting(Milestone::date)
                .containsExactly(LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30));
    }

    @Test
    void sevenWorkingDaysBeforeTheJuneMilestoneOfTask29IsTheTwentieth() {
        Plan plan = SamplePlanFixture.plan();
        List<DueItem> items = DueItems.of(plan, ALL_OF_2023);
        DueItem june = items.stream().filter(i -> i.taskNumber().equals("29") && i.date().equals(LocalDate.of(2023, 6, 30)))
                .findFirst().orElseThrow();
        assertThat(june.kind()).isEqualTo(DueKind.MILESTONE);
        assertThat(june.label()).isEqualTo("国家目录内涉及我省事项电子证照同步签发率达到80%");
        assertThat(june.limit()).isEqualTo("6月底前");

        ReminderSchedule schedule = ReminderSchedule.of(List.of(june), ReminderRuleBook.DEFAULTS, CAL);
        // By hand: 22–24 June are the Dragon Boat holidays, Sunday 25 June is worked.
        assertThat(schedule.reminders()).extracting(Reminder::offset, Reminder::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, LocalDate.of(2023, 6, 20)),
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2023, 6, 27)),
                org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2023, 6, 29)),
                org.assertj.core.groups.Tuple.tuple(0, LocalDate.of(2023, 6, 30)));
        assertThat(schedule.reminders().get(0).key()).endsWith(":2023-06-30@7");
        assertThat(schedule.missingYears()).isEmpty();
    }

    @Test
    void aDeadlineOnTheDateOfAMilestoneOfItsTaskIsOneItem() {
        Plan plan = SamplePlanFixture.plan();
        List<DueItem> t29 = DueItems.of(plan, ALL_OF_2023).stream().filter(i -> i.taskNumber().equals("29")).toList();
        // Task 29 prints 2023年3月底前 and 6月底前 as deadlines and as milestones: two items, not four.
        assertThat(t29).extracting(DueItem::kind, DueItem::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DueKind.MILESTONE, LocalDate.of(2023, 3, 31)),
                org.assertj.core.groups.Tuple.tuple(DueKind.MILESTONE, LocalDate.of(2023, 6, 30)));
        assertThat(t29.get(0).owners()).containsExactly("省审批服务管理局", "省市场监管局");
    }

    @Test
    void milestoneRulesBeatTaskRulesWhichBeatPlanRules() {
        Fixtures f = new Fixtures();
        DueItem milestone = f.item("m5:2023-06-30", DueKind.MILESTONE, LocalDate.of(2023, 6, 30), 5L);
        DueItem deadline = f.item("t2:by:2023-06-30", DueKind.DEADLINE, LocalDate.of(2023, 6, 30), null);
        ReminderRuleBook book = new ReminderRuleBook(Map.of(1L, ReminderRules.of(5)),
                Map.of(2L, ReminderRules.of(2, 0)), Map.of(5L, ReminderRules.of(10)));
        assertThat(book.rulesFor(milestone)).isEqualTo(ReminderRules.of(10));
        assertThat(book.rulesFor(deadline)).isEqualTo(ReminderRules.of(2, 0));
        DueItem otherTask = new DueItem("t3:by:2023-06-30", DueKind.DEADLINE, LocalDate.of(2023, 6, 30), 1, "x", 3,
                "3", "", "", "", null, List.of(), List.of());
        assertThat(book.rulesFor(otherTask)).isEqualTo(ReminderRules.of(5));
        DueItem otherPlan = new DueItem("t9:by:2023-06-30", DueKind.DEADLINE, LocalDate.of(2023, 6, 30), 7, "x", 9,
                "9", "", "", "", null, List.of(), List.of());
        assertThat(book.rulesFor(otherPlan)).isEqualTo(ReminderRules.DEFAULT);

        ReminderSchedule s = ReminderSchedule.of(List.of(milestone), book, CAL);
        // 10 working days before 2023-06-30: 29,28,27,26,25(Sun, worked),21,20,19,16,15.
        assertThat(s.reminders()).extracting(Reminder::date).containsExactly(LocalDate.of(2023, 6, 15));
    }

    @Test
    void remindersThatNeedAnUnknownYearAreCountedNotGuessed() {
        Fixtures f = new Fixtures();
        // 2027-01-05: 0 needs no counting; 1, 3 and 7 walk through 2027 (or 2026 into 2027 holidays).
        DueItem item = f.item("t2:by:2027-01-05", DueKind.DEADLINE, LocalDate.of(2027, 1, 5), null);
        ReminderSchedule s = ReminderSchedule.of(List.of(item), ReminderRuleBook.DEFAULTS, CAL);
        assertThat(s.reminders()).extracting(Reminder::offset).containsExactly(0);
        assertThat(s.missingYears()).containsExactly(Map.entry(2027, 3));
    }

    @Test
    void rulesParseAsPeopleTypeThem() {
        assertThat(ReminderRules.parse("7,3,1,0")).isEqualTo(ReminderRules.DEFAULT);
        assertThat(ReminderRules.parse("０、１、３、７")).isEqualTo(ReminderRules.DEFAULT);
        assertThat(ReminderRules.parse(" 3 3 10 ").offsets()).containsExactly(10, 3);
        assertThat(ReminderRules.parse("").isEmpty()).isTrue();
        assertThat(ReminderRules.DEFAULT.format()).isEqualTo("7,3,1,0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReminderRules.parse("7,three"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("three");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReminderRules.parse("31"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReminderRules.parse("-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Due items built by hand for plan 1, task 2. */
    static final class Fixtures {
        DueItem item(String key, DueKind kind, LocalDate date, Long milestoneId) {
            return new DueItem(key, kind, date, 1, "晋政办发〔2023〕1号", 2, "2", "推动落实《促进个体工商户发展条例》。",
                    kind == DueKind.MILESTONE ? "阶段目标" : "", "年底前", milestoneId, List.of("省市场监管局"),
                    List.of("省财政厅"));
        }
    }
}
