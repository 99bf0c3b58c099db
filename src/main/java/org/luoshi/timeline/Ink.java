package org.luoshi.timeline;

import org.luoshi.lights.LightColor;
import org.luoshi.paper.Colour;

/** The role of a colour in the chart; a {@link Palette} says which colour each role is. */
public enum Ink implements Colour {
    BACKGROUND, HEADER_BACKGROUND, HEADER_TEXT, GRID, GRID_STRONG, ROW_LINE, TEXT, TEXT_MUTED, ACCENT,
    PART_BACKGROUND, SECTION_BACKGROUND, LANE_BACKGROUND, SELECTION, WEEKEND, TODAY,
    RED, YELLOW, GREEN, BLUE, SUMMARY, OUTLINE, LABEL_BACKGROUND, PROGRESS,
    /** The ghost of a deadline an approved extension moved: faint, dashed. */
    GHOST;

    /** The ink of a status light. */
    public static Ink of(LightColor light) {
        if (light == null) {
            return SUMMARY;
        }
        return switch (light) {
            case RED -> RED;
            case YELLOW -> YELLOW;
            case GREEN -> GREEN;
            case BLUE -> BLUE;
        };
    }
}
