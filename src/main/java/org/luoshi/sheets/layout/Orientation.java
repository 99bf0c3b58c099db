package org.luoshi.sheets.layout;

/** Which way the paper is turned. */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
