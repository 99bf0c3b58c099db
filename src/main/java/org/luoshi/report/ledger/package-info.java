/**
 * The 工作台账 (work ledger): one row per task — 序号, 任务, 牵头 / 责任 / 配合单位, 完成时限 as printed and
 * resolved (the original date beside a changed one), 状态, one column per progress round with what was
 * reported in it, 最新进展, 备注 — one sheet per plan or one for all.
 *
 * <p>{@link org.luoshi.report.ledger.LedgerBuilder} makes the {@link org.luoshi.report.ledger.Ledger}
 * (pure), {@link org.luoshi.report.ledger.LedgerXlsx} streams it into an .xlsx (frozen header,
 * autofilter, print titles, A4 landscape), {@link org.luoshi.report.ledger.LedgerExport} holds the use
 * cases the window and the {@code ledger} command share; the columns and their order are kept in the
 * workspace settings ({@link org.luoshi.report.ledger.LedgerColumns}). No JavaFX.
 */
package org.luoshi.report.ledger;
