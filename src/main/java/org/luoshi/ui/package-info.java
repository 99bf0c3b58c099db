/**
 * The kit every feature's UI uses, with no feature of its own: the
 * {@link org.luoshi.ui.DialogService} that flows put every question and message through (shown by
 * {@link org.luoshi.ui.FxDialogService}, answered by a script in tests), the window's I/O runner
 * {@link org.luoshi.ui.FxBackgroundTasks} (one background thread, {@code luoshi-io}; results back
 * on the FX thread; what runs and how far it got as properties for the status bar),
 * {@link org.luoshi.ui.ViewHost} where a feature places its view beside the task table,
 * {@link org.luoshi.ui.WindowLook} that gives a feature's own windows the main window's stylesheets
 * and font, the CJK font choice ({@link org.luoshi.ui.CjkFonts}), OK and Cancel in the app's
 * language ({@link org.luoshi.ui.DialogButtons}), date pickers that read dates as people type them
 * ({@link org.luoshi.ui.DateConverter}) and the unit name field with completion
 * ({@link org.luoshi.ui.UnitField}). It depends only on {@code session}, {@code plan} and
 * {@code i18n}; like every UI package it never touches {@code org.luoshi.storage}, and it knows
 * nothing of {@code org.luoshi.app}.
 */
package org.luoshi.ui;
