/**
 * What leaders read: pace (序时进度), the overview, the bulletin and the ledger.
 *
 * <p>{@link org.luoshi.report.PaceRules} puts a task in a {@link org.luoshi.report.PaceClass} on a
 * day (已完成 · 超序时 · 达序时 · 欠序时 · 未启动 · 已逾期 · 无时限) from its dates
 * ({@link org.luoshi.plan.TaskSchedule}), its status and its latest reported percent, with the
 * workspace's allowance; {@link org.luoshi.report.TaskPace} is the result for one task and
 * {@link org.luoshi.report.PlanPace} for a plan. The status lights ({@code lights}) take their
 * 已逾期 and 欠序时 from here, so the lights and the reports never disagree.
 *
 * <p>Pure: depends on {@code plan} and {@code i18n}, no JavaFX.
 */
package org.luoshi.report;
