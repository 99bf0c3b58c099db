/**
 * 督办通知单 and 催办通知书 as pure logic: the {@link org.luoshi.notices.Notice} as issued, its kind
 * ({@link org.luoshi.notices.NoticeKind}), its number per kind and year
 * ({@link org.luoshi.notices.NoticeNumber}, 督〔2023〕12号, the format and the next number in
 * {@link org.luoshi.notices.NoticeSettings}), and its document
 * ({@link org.luoshi.notices.NoticeDocument}: text and .docx, set as letters are by
 * {@code sheets.office.DocxLetter}). Chinese whatever the interface language.
 *
 * <p>Issuing a notice is an undoable edit in {@code notices.workspace} (it takes the next number and is
 * recorded in the history of every task it names); {@code storage} keeps the notices.
 */
package org.luoshi.notices;
