package org.luoshi.sheets.layout;

import java.util.Objects;

/**
 * A table column: its header, and either a fixed width in points or a share (weight) of the width
 * the fixed columns leave.
 */
public record SheetColumn(String header, double fixedWidth, double weight, Align align) {
    public SheetColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(align, "align");
        if ((fixedWidth > 0) == (weight > 0)) {
            throw new IllegalArgumentException("a column has either a fixed width or a weight: " + header);
        }
    }

    public static SheetColumn fixed(String header, double points, Align align) {
        return new SheetColumn(header, points, 0, align);
    }

    public static SheetColumn weighted(String header, double weight) {
        return new SheetColumn(header, 0, weight, Align.LEFT);
    }
}
