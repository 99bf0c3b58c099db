/**
 * The bulletin's window (工具 → 督查通报…) behind {@link org.luoshi.report.bulletin.ui.BulletinFeature}:
 * choose the round, the day, 第N期 and the office; read and edit the draft paragraph by paragraph (and the
 * default 下步要求); save as Word or PDF.
 */
package org.luoshi.report.bulletin.ui;
