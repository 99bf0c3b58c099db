/**
 * The plan parser, pure and deterministic. {@link org.luoshi.importer.parse.PlanParser} turns a
 * document's text into a {@link org.luoshi.importer.parse.ParsedPlan}: the
 * {@link org.luoshi.plan.Plan} as read, {@link org.luoshi.importer.parse.ImportWarning}s keyed by
 * source line, and a {@link org.luoshi.importer.parse.SourceMap} that places every non-blank
 * character of the source in the header, a heading, a task's text or clause, or body text. On the
 * way, {@link org.luoshi.importer.parse.LineClassifier} tells headings (一、 （一） 1． （1）) from text,
 * {@link org.luoshi.importer.parse.HeaderParser} reads the notice, document number, issuer and
 * date, and the body reader picks the heading level that carries the tasks and lets each
 * responsibility clause close a task; {@link org.luoshi.importer.parse.ClauseParser} and
 * {@link org.luoshi.importer.parse.UnitListSplitter} read units and roles (牵头, 配合, 按职责分工负责,
 * 责任单位：…), {@link org.luoshi.importer.parse.DeadlineParser} the time-limit phrases. The rules are
 * those of {@code docs/plan-json.md}; the expected JSON beside each document of the test corpus
 * pins the output.
 *
 * <p>The parser never throws on any input: the worst case is a plan without tasks and a warning
 * saying so. Its time and memory grow in proportion to the document (no step searches back over what
 * it read; {@code ParserLinearityTest} counts its steps), and a parse watched by an
 * {@link org.luoshi.importer.parse.ImportMonitor} reports its progress and stops, with a
 * {@link java.util.concurrent.CancellationException}, when asked. Depends only on {@code plan} and {@code i18n}: no files, no workspace, no JavaFX.
 * {@code importer.table} and {@code importer.review} read units and deadlines with its rules.
 */
package org.luoshi.importer.parse;
