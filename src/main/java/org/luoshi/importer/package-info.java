/**
 * Importing a plan document, end to end, without UI: {@link org.luoshi.importer.ImportDocument} is
 * the use case shared by the import dialog and {@code luoshi import} — read a file (.txt, .docx,
 * .pdf) or pasted text, parse it, and, once a person has reviewed it, store it as one undoable
 * edit. {@link org.luoshi.importer.DocumentImporter} takes the tasks from the text parser, or from
 * the document's division-of-work table where it has one; {@link org.luoshi.importer.PlanSaving}
 * names a plan's units as this workspace names them before it is stored (for imported and received
 * plans alike); {@link org.luoshi.importer.PlanJsonWriter} writes the parser's output in the shape
 * of {@code docs/plan-json.md}, a contract whose fields are added, never renamed or dropped.
 *
 * <p>The readers are in {@code importer.read}, the parser in {@code importer.parse}, tables in
 * {@code importer.table}, the review model in {@code importer.review} and the dialog in
 * {@code importer.ui}; this package ties them to the session, the edit history and the storage. No
 * JavaFX.
 */
package org.luoshi.importer;
