package org.luoshi.timeline;

/**
 * One printed page: rows {@code [firstRow, endRow)} and the {@code column}-th slice of the time axis.
 *
 * @param number 1-based, across then down (row band 1: columns 1…n, then band 2 …)
 */
public record PageTile(int number, int band, int column, int firstRow, int endRow) {
    public int rowCount() {
        return endRow - firstRow;
    }
}
