package org.luoshi.sheets.layout;

/** How text sits in its cell. */
public enum Align {
    LEFT, CENTER
}
