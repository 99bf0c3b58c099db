/**
 * Division-of-work tables (分工表) read as tasks: {@link org.luoshi.importer.table.TaskTableReader}
 * recognises a table by its header cells (序号, 任务, 牵头单位, 配合单位, 完成时限 …) and makes each row with a
 * task text a task, reading its unit cells with the parser's unit-list rules and its time-limit
 * cell with the parser's deadline rules (a table without a time-limit column: the time phrases of the
 * task's text); a 类别 column groups the rows into parts. Two task columns side by side (重点任务 |
 * 具体措施) are a group and its tasks, or — beside a 类别 column — one task's text in two cells.
 * Columns naming people (分管领导, 责任人) or the reporting form (1-10月推进情况, 是否达序, 说明) are read
 * as nothing; a header joining two unit columns (责任主体与协同单位) is one shared list.
 * {@link org.luoshi.importer.DocumentImporter} uses it for documents that carry their tasks as a
 * table. Headers are recognised by meaning ({@link org.luoshi.importer.table.TableColumn}'s words, and
 * before them the user's remembered choices, {@link org.luoshi.importer.table.RememberedHeaders});
 * {@link org.luoshi.importer.table.FlatTableFinder} finds tables that text lost (a web page's or a
 * PDF's copy: tab-separated rows, or one cell a line) and gives them as the same
 * {@code DocumentTable}s a reader gives; {@link org.luoshi.importer.table.TaskTableHeaders} gives the
 * header words to the readers that must find a table themselves (PDF). Pure: depends on {@code plan}, {@code importer.read} and
 * {@code importer.parse} only, no JavaFX.
 */
package org.luoshi.importer.table;
