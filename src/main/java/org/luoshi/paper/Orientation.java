package org.luoshi.paper;

/** Which way the paper is turned. */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
