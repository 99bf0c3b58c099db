package org.luoshi.rounds;

/** Where things are in a form's workbook: shared by the writer and the reader. */
final class FormLayout {
    static final int COL_SEQ = 0;
    static final int COL_TASK = 1;
    static final int COL_LAST = 5;
    static final int COL_PROGRESS = 6;
    static final int COL_PROBLEMS = 7;
    static final int COL_NEXT = 8;
    static final int COL_PERCENT = 9;
    static final int COL_DONE = 10;
    /** Hidden, locked: the row's task ("t29"). */
    static final int COL_KEY = 11;
    static final int COLUMNS = 12;
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = HEADER_ROW + 1;
    /**
     * Widths in characters of the digit 0 (a Chinese character takes two, a bold header's a little
     * more): 本单位角色 and 是否完成 fit their header on one line.
     */
    static final int[] WIDTHS = {6, 32, 12, 12, 11, 24, 28, 18, 18, 9, 10, 6};
    /**
     * The Word form's column weights (shares of the page's width): the narrow columns wider than in
     * the workbook, whose row heights grow instead, so that 序号, 本单位角色 and 完成进度（%） do not
     * break a character to a line.
     */
    static final int[] DOCX_WEIGHTS = {9, 28, 16, 14, 14, 20, 24, 16, 16, 13, 14};
    static final String[] HEADERS = {FormWords.SEQ, FormWords.TASK, FormWords.ROLE, FormWords.LEAD_UNITS,
        FormWords.LIMIT, FormWords.LAST, FormWords.PROGRESS, FormWords.PROBLEMS, FormWords.NEXT_STEPS,
        FormWords.PERCENT, FormWords.DONE, ""};

    /** The hidden sheet with the identity. */
    static final String ID_SHEET = "luoshi";
    static final String MAGIC = "luoshi-round-form";
    static final int ID_TASKS_FROM = 8;

    /** The defined names holding the identity line: luoshi_id_01, luoshi_id_02, …, luoshi_id_100, … */
    static final String ID_NAME = "luoshi_id_";
    /** Characters of the identity line per defined name. */
    static final int NAME_PIECE = 120;

    static String idName(int n) {
        return ID_NAME + String.format(java.util.Locale.ROOT, "%02d", n);
    }

    static java.util.List<String> namePieces(String line) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        int from = 0;
        while (from < line.length()) {
            int end = Math.min(line.length(), from + NAME_PIECE);
            if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
                end--; // never split a character outside the basic plane
            }
            pieces.add(line.substring(from, end));
            from = end;
        }
        return pieces;
    }

    static String key(long taskId) {
        return "t" + taskId;
    }

    private FormLayout() {
    }
}
