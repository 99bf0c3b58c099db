/**
 * The ledger's dialog (工具 → 工作台账…) behind {@link org.luoshi.report.ledger.ui.LedgerFeature}: plans,
 * one sheet or many, the columns chosen and ordered (saved in the workspace), 保存….
 */
package org.luoshi.report.ledger.ui;
