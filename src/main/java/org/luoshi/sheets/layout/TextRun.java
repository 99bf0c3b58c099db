package org.luoshi.sheets.layout;

/** A piece of text placed on a page: left end of its baseline at (x, baseline), y growing downwards. */
public record TextRun(double x, double baseline, double size, boolean bold, String text) {
}
