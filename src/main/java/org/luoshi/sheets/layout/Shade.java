package org.luoshi.sheets.layout;

/** A filled rectangle behind text (header row, group rows); {@code gray} 0 = black, 1 = white. */
public record Shade(double x, double y, double width, double height, double gray) {
}
