/**
 * Plans sent to and received from another office as JSON.
 * {@link org.luoshi.exchange.PlanJsonExchange} holds the use cases shared by the menu and
 * {@code luoshi export} / {@code luoshi import-json}: a stored plan loaded whole, written to a
 * file, and a received plan stored as one undoable edit, its units joined to this workspace's.
 * {@link org.luoshi.exchange.PlanExchangeWriter} writes the importer's JSON
 * ({@code docs/plan-json.md}) plus what the office added while tracking the plan (status, contact,
 * phone, notes, progress, the source text); {@link org.luoshi.exchange.PlanExchangeReader} reads
 * that back without loss, or plain importer JSON; {@link org.luoshi.exchange.PlanFiles} reads and
 * writes the files (UTF-8, written whole or not at all). A file that is not a plan is refused with
 * a {@link org.luoshi.exchange.PlanExchangeException} whose message names what is wrong. No JavaFX;
 * the workspace is reached only through the session.
 */
package org.luoshi.exchange;
