/**
 * The import feature's UI: {@link org.luoshi.importer.ui.ImportFeature}, the one facade the app
 * wires its File → import actions and the window's drops to, and the review dialog it opens
 * ({@link org.luoshi.importer.ui.ReviewDialog} with its source pane, the grid of the document's
 * tables with a meaning drop-down over each column, and the task editor), where the
 * person checks and corrects a parsed document before it is saved; reading and parsing show their
 * progress and can be cancelled from the status bar. Reading, parsing and saving are
 * the {@link org.luoshi.importer.ImportDocument} use case; questions and messages go through the
 * {@link org.luoshi.ui.DialogService}. Depends on neither {@code app} nor {@code storage}.
 */
package org.luoshi.importer.ui;
