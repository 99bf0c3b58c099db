package org.luoshi.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.find.FindFixtures.TODAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.lights.LightColor;
import org.luoshi.plan.TaskStatus;

/** On 2023-03-28 (Tuesday), with the fixtures' six tasks. */
class TaskFilterTest {
    private final List<TaskFacts> all = FindFixtures.facts(FindFixtures.index().all());

    private List<Long> pass(TaskFilter filter) {
        return all.stream().filter(f -> filter.test(f, TODAY, 7)).map(f -> f.task().id()).toList();
    }

    private List<Long> inList(SmartList list) {
        return all.stream().filter(f -> list.test(f, TODAY, 7)).map(f -> f.task().id()).toList();
    }

    @Test
    void noFilterLetsEverythingThrough() {
        assertThat(TaskFilter.NONE.isEmpty()).isTrue();
        assertThat(pass(TaskFilter.NONE)).hasSize(6);
    }

    @Test
    void aUnitInAnyRoleOrLeadOnly() {
        assertThat(pass(TaskFilter.NONE.withUnit("省市场监管局", RoleChoice.ANY))).containsExactly(11L, 12L, 21L, 22L);
        assertThat(pass(TaskFilter.NONE.withUnit("省市场监管局", RoleChoice.LEAD))).containsExactly(11L, 21L);
        assertThat(pass(TaskFilter.NONE.withUnit("省市场监管局", RoleChoice.COOPERATING))).containsExactly(22L);
        assertThat(pass(TaskFilter.NONE.withUnit("省市场监管局", RoleChoice.RESPONSIBLE))).containsExactly(12L);
        assertThat(pass(TaskFilter.NONE.withUnit("省市场", RoleChoice.ANY))).as("a unit is matched whole").isEmpty();
    }

    @Test
    void statusAndLight() {
        assertThat(pass(TaskFilter.NONE.withStatus(TaskStatus.NOT_STARTED))).containsExactly(13L, 21L);
        // 13 was due 02-28: red. 11 (03-31), 12 (milestone 03-31) and 22 (04-02) are due within 7 days.
        // 21 (长期坚持, issued 03-01) is measured over 03-01 … 12-31: 27 of 305 days (8.9 %) are gone and
        // it is still 未启动, more than the 5 points allowed: behind pace.
        assertThat(pass(TaskFilter.NONE.withLight(LightColor.RED))).containsExactly(13L);
        assertThat(pass(TaskFilter.NONE.withLight(LightColor.YELLOW))).containsExactly(11L, 12L, 21L, 22L);
        assertThat(pass(TaskFilter.NONE.withLight(LightColor.BLUE))).containsExactly(14L);
        assertThat(pass(TaskFilter.NONE.withLight(LightColor.GREEN))).isEmpty();
    }

    @Test
    void deadlineWindows() {
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.OVERDUE))).containsExactly(13L);
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.DUE_SOON))).containsExactly(11L, 12L, 22L);
        // week of 2023-03-27 … 04-02
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.THIS_WEEK))).containsExactly(11L, 12L, 22L);
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.THIS_MONTH))).containsExactly(11L, 12L);
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.THIS_QUARTER))).containsExactly(11L, 12L, 13L);
        assertThat(pass(TaskFilter.NONE.withWindow(DeadlineWindow.NO_DATE))).containsExactly(21L);
    }

    @Test
    void filtersCombine() {
        TaskFilter f = TaskFilter.NONE.withUnit("省市场监管局", RoleChoice.ANY).withWindow(DeadlineWindow.THIS_MONTH)
                .withStatus(TaskStatus.IN_PROGRESS);
        assertThat(pass(f)).containsExactly(11L, 12L);
        assertThat(f.isEmpty()).isFalse();
    }

    @Test
    void windowRangesAreWholeWeeksMonthsAndQuarters() {
        assertThat(DeadlineWindow.week(LocalDate.of(2023, 4, 2))).containsExactly(LocalDate.of(2023, 3, 27),
                LocalDate.of(2023, 4, 2));
        assertThat(DeadlineWindow.THIS_QUARTER.range(LocalDate.of(2023, 11, 5), 7))
                .containsExactly(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31));
    }

    @Test
    void smartLists() {
        assertThat(inList(SmartList.OVERDUE)).containsExactly(13L);
        assertThat(inList(SmartList.DUE_SOON)).containsExactly(11L, 12L, 22L);
        assertThat(inList(SmartList.THIS_WEEK)).containsExactly(11L, 12L, 22L);
        assertThat(inList(SmartList.MILESTONES)).containsExactly(12L);
        assertThat(inList(SmartList.DONE)).containsExactly(14L);
    }
}
