package org.luoshi.timeline;

/**
 * What lies under the pointer.
 *
 * @param row    the row, or -1 below the last row or over the header
 * @param node   the row's node, or null
 * @param handle the milestone, deadline date or bar end that a drag would move, or null
 * @param edge   where on the day the handle sits, which decides the day a drag lands on
 */
public record ChartHit(Area area, int row, TimelineNode node, DragTarget handle, Edge edge) {

    public enum Area { CORNER, HEADER, NAME, DISCLOSURE, BODY, NONE }

    /** A milestone or mark sits in the middle of its day, a bar starts at a day's left and ends at its right. */
    public enum Edge { MIDDLE, START, END }

    public static final ChartHit NONE = new ChartHit(Area.NONE, -1, null, null, null);

    public boolean onHandle() {
        return handle != null;
    }
}
