package org.luoshi.sheets.layout;

/**
 * Where a table row landed on a page. A row taller than a page is placed in fragments, numbered
 * from 0; all others are a single fragment 0 that is also the last.
 *
 * @param row      index into the sheet's rows, or {@link #HEADER} for the repeated column headers
 * @param top      y of the row's top border
 * @param height   height of the row (of this fragment)
 * @param fragment 0 for the row's first (usually only) piece, 1 for the piece on the next page …
 * @param last     whether this is the row's last piece
 */
public record PlacedRow(int row, double top, double height, int fragment, boolean last) {
    public static final int HEADER = -1;

    public double bottom() {
        return top + height;
    }

    public boolean isHeader() {
        return row == HEADER;
    }
}
