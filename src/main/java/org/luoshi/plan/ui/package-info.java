/**
 * The unit directory dialog, {@link org.luoshi.plan.ui.UnitDirectoryDialog}: every unit of the
 * workspace with its task count and other names, two units that are one office merged into one, an
 * alias added. It reaches the workspace only through the
 * {@link org.luoshi.plan.ui.UnitDirectoryDialog.Directory} it is given, each call of which hands
 * back the fresh list (the app runs them on the session's I/O thread). Depends on {@code plan} and
 * {@code i18n} only: never on the storage, and nothing of the app.
 */
package org.luoshi.plan.ui;
