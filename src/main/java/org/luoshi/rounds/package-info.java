/**
 * Progress rounds as pure logic: the monthly loop of asking every unit for progress, collecting the
 * returned forms and seeing who has reported.
 *
 * <p>A {@link org.luoshi.rounds.Round} asks the units of a plan (or some of them, about some tasks:
 * {@link org.luoshi.rounds.RoundScope}) for a period by a due day ({@link org.luoshi.rounds.RoundDue}:
 * a date, or working days after the period ends). <b>Forms out</b>: {@link org.luoshi.rounds.UnitForms}
 * makes each unit's {@link org.luoshi.rounds.UnitForm}, {@link org.luoshi.rounds.XlsxForm} writes it
 * with the styles of {@code sheets.office} ({@link org.luoshi.rounds.DocxForm} as Word, with the task
 * sheets' table), and its {@link org.luoshi.rounds.FormIdentity} (checked
 * by a checksum) is kept in a hidden protected sheet. <b>Forms in</b>:
 * {@link org.luoshi.rounds.FormReader} reads a returned file into a
 * {@link org.luoshi.rounds.ReturnedForm}, {@link org.luoshi.rounds.Collect} matches and checks it
 * into a {@link org.luoshi.rounds.Review}. <b>Who has reported</b>: {@link org.luoshi.rounds.RoundBoard}
 * and the 催报 {@link org.luoshi.rounds.ChaseNotice}. Documents are Chinese whatever the interface
 * language ({@link org.luoshi.rounds.FormWords}).
 *
 * <p>No JavaFX, no workspace: the use cases and the undoable edits are in {@code rounds.workspace},
 * the window in {@code rounds.ui}; {@code storage} keeps rounds and received forms.
 */
package org.luoshi.rounds;
