/**
 * The 督查通报 (supervision bulletin): a numbered 第N期 document in the layout of official documents
 * (GB/T 9704) — 一、总体情况 (counts and shares by pace class), 二、进度滞后事项, 三、报送情况, 四、下步要求,
 * 附件1 慢序时事项表, 附件2 按序时事项表.
 *
 * <p>{@link org.luoshi.report.bulletin.Bulletin} is the document (pure, editable paragraph by
 * paragraph); {@link org.luoshi.report.bulletin.BulletinDocx} sets it as Word,
 * {@link org.luoshi.report.bulletin.BulletinPages} lays it out on pages and
 * {@link org.luoshi.report.bulletin.BulletinPdf} writes those with an embedded Chinese font. The words
 * and the type are in {@link org.luoshi.report.bulletin.BulletinWords}: Chinese whatever the interface
 * language. No JavaFX.
 */
package org.luoshi.report.bulletin;
