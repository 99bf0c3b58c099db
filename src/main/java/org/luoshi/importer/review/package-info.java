/**
 * An imported plan while a person reviews it, without JavaFX.
 * {@link org.luoshi.importer.review.ReviewDraft} holds the header fields and the tasks, all
 * editable, tasks split, merged and removed, and gives the {@link org.luoshi.plan.Plan} to save
 * once the person confirms; each task is a {@link org.luoshi.importer.review.DraftTask}, whose
 * units and deadlines are edited as text and read back with the importer's own rules.
 * {@link org.luoshi.importer.review.SourceHighlighter} marks in the source what became each task's
 * label, text, clauses and deadline phrases ({@link org.luoshi.importer.review.Highlight}s), from
 * the parser's {@link org.luoshi.importer.parse.SourceMap}. A document with tables comes with a
 * {@link org.luoshi.importer.review.TableReview}: which tables are read and what each column means,
 * changed by the person and remembered for headers spelled so; the draft then re-reads its tasks
 * from them. Nothing here touches the workspace; the review dialog in {@code importer.ui} is nodes
 * over these. Depends on {@code plan}, {@code importer} (its date rules), {@code importer.parse},
 * {@code importer.read} and {@code importer.table}.
 */
package org.luoshi.importer.review;
