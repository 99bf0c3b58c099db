/**
 * The 统计 overview, pure: {@link org.luoshi.report.overview.OverviewBuilder} counts the tasks of
 * one plan, several plans or one unit by pace class ({@link org.luoshi.report.overview.PaceCounts}),
 * the same per unit as lead, as responsible unit and in all roles
 * ({@link org.luoshi.report.overview.UnitRow}, {@link org.luoshi.report.overview.RoleScope}), lists
 * the late reporters of the latest round of each plan and the completion trend across the rounds'
 * due days. Every count can give back the tasks behind it ({@link org.luoshi.report.overview.Overview}).
 *
 * <p>Depends on {@code report} (pace), {@code rounds} (the boards) and {@code plan}; no JavaFX.
 * Apart from {@code report} itself so that {@code lights} can use pace without reaching rounds.
 */
package org.luoshi.report.overview;
