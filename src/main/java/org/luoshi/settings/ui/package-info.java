/**
 * Tools → Settings, behind one facade, {@link org.luoshi.settings.ui.SettingsFeature}: it opens the
 * {@link org.luoshi.settings.ui.SettingsDialog}, keeps the person's settings as a read-only
 * property and writes them to their file through the session's I/O thread, and hands changed
 * workspace settings to the callback the app gives it, which stores them and shows the lights by
 * them. The dialog asks for the font file through the {@link org.luoshi.ui.DialogService}. Depends
 * on neither the app nor the storage.
 */
package org.luoshi.settings.ui;
