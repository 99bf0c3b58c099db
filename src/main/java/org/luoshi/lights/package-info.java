/**
 * A task's status light: {@link org.luoshi.lights.StatusLights} works out a
 * {@link org.luoshi.lights.StatusLight} — a {@link org.luoshi.lights.LightColor} and the
 * {@link org.luoshi.lights.LightReason} behind it — from the task's status, dates and latest
 * progress, against a clock and the {@link org.luoshi.lights.LightThresholds} (days before a date
 * that count as due soon, the pace allowance). A light follows the task's pace class from
 * {@code report} ({@link org.luoshi.report.PaceRules}): 已逾期 is red, 欠序时 yellow, 已完成 blue. {@link org.luoshi.plan.TaskSchedule} is the one
 * reading of a task's dates (its start, its final due date, its due points) that the lights, the
 * date filters of {@code find} and the timeline share; {@link org.luoshi.lights.LightText} puts a
 * light and its reason in words for tooltips and the detail pane.
 *
 * <p>Pure: depends only on {@code plan}, {@code report} (pace) and {@code i18n}, no JavaFX. The clock is passed in, so
 * tests fix the day and the window can be started as of another day.
 */
package org.luoshi.lights;
