/**
 * Finding tasks across every plan of the workspace. {@link org.luoshi.find.TaskIndex} holds every
 * task in memory with its text already normalized for search ({@link org.luoshi.find.SearchText}:
 * full-width forms folded, a text matches when it holds every term), for search, a unit's tasks and
 * the open tasks per unit. {@link org.luoshi.find.TaskFacts} is a task with its dates and light
 * worked out for today, kept by {@link org.luoshi.find.TaskFactsCache} until the task or the
 * thresholds change. What shows is decided by a {@link org.luoshi.find.TaskFilter} (unit and
 * {@link org.luoshi.find.RoleChoice}, status, light, {@link org.luoshi.find.DeadlineWindow}) or one
 * of the navigator's {@link org.luoshi.find.SmartList}s, and {@link org.luoshi.find.TaskRows} puts
 * the result under headings as outline rows: by role, by plan, by milestone month.
 *
 * <p>Pure: depends on {@code plan}, {@code lights} and {@code i18n}, no JavaFX. The index and the
 * facts cache are not thread-safe: the window keeps them on the FX thread (the index inside the
 * session's {@link org.luoshi.session.PlanCache}).
 */
package org.luoshi.find;
