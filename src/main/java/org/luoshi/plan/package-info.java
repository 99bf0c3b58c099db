/**
 * The domain records every other package speaks: a {@link org.luoshi.plan.Plan} with its parts,
 * sections and {@link org.luoshi.plan.Task}s; a task's units in their {@link org.luoshi.plan.Role}s
 * ({@link org.luoshi.plan.Assignment}), its {@link org.luoshi.plan.Deadline}s as printed and as
 * resolved (typed by {@link org.luoshi.plan.DeadlineKind}), its {@link org.luoshi.plan.Milestone}s,
 * its dated {@link org.luoshi.plan.ProgressEntry} history and its
 * {@link org.luoshi.plan.TaskStatus}. Beside them the plan views that need nothing but these: the
 * part → section → task outline ({@link org.luoshi.plan.PlanOutline} builds the
 * {@link org.luoshi.plan.OutlineRow}s the task table shows), the
 * {@link org.luoshi.plan.UnitDirectory} that makes 省发改委 and 省发展改革委 one unit, and unit names in
 * pinyin order ({@link org.luoshi.plan.UnitOrder}), and the one reading of a task's dates
 * ({@link org.luoshi.plan.TaskSchedule}: its start, its final due date, its due points) that the
 * lights, the pace of {@code report}, the date filters of {@code find} and the timeline share.
 *
 * <p>The bottom of the graph: depends on no other Luoshi package but {@code i18n} and on no JavaFX, and anything may
 * use it. The records are values (their lists copied), with ids 0 until stored; the unit directory
 * is immutable. The unit directory dialog is in {@code plan.ui}.
 */
package org.luoshi.plan;
