package org.luoshi.sheets.layout;

/** A straight line on a page (a table border), y growing downwards. */
public record Rule(double x1, double y1, double x2, double y2, double width) {
}
