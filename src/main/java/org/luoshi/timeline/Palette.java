package org.luoshi.timeline;

import java.util.Arrays;
import org.luoshi.paper.Colour;
import org.luoshi.paper.Colours;

/**
 * Which colour (0xAARRGGBB) each {@link Ink} is. The screen takes its colours from the control's
 * stylesheet; paper uses the same palette, so a PDF looks like the window.
 */
public final class Palette implements Colours {
    public static final Palette DEFAULT = new Palette(defaults());

    private final int[] argb;

    private Palette(int[] argb) {
        this.argb = argb;
    }

    private static int[] defaults() {
        int[] c = new int[Ink.values().length];
        set(c, Ink.BACKGROUND, 0xFFFFFFFF);
        set(c, Ink.HEADER_BACKGROUND, 0xFFF6F3F0);
        set(c, Ink.HEADER_TEXT, 0xFF1F2933);
        set(c, Ink.GRID, 0xFFECE8E4);
        set(c, Ink.GRID_STRONG, 0xFFCFC6BE);
        set(c, Ink.ROW_LINE, 0xFFF1EEEB);
        set(c, Ink.TEXT, 0xFF1F2933);
        set(c, Ink.TEXT_MUTED, 0xFF5F6B7A);
        set(c, Ink.ACCENT, 0xFFB3261E);
        set(c, Ink.PART_BACKGROUND, 0xFFEFE6DF);
        set(c, Ink.SECTION_BACKGROUND, 0xFFF9F5F2);
        set(c, Ink.LANE_BACKGROUND, 0xFFF4F6F9);
        set(c, Ink.SELECTION, 0xFFD3E3F7);
        set(c, Ink.WEEKEND, 0xFFF2EFEC);
        set(c, Ink.TODAY, 0xFFD0021B);
        set(c, Ink.RED, 0xFFD64541);
        set(c, Ink.YELLOW, 0xFFE8A600);
        set(c, Ink.GREEN, 0xFF3A9A5B);
        set(c, Ink.BLUE, 0xFF4A78C2);
        set(c, Ink.SUMMARY, 0xFF4A5563);
        set(c, Ink.OUTLINE, 0xFF1F2933);
        set(c, Ink.LABEL_BACKGROUND, 0xFFFFFFFF);
        set(c, Ink.PROGRESS, 0x59000000);
        set(c, Ink.GHOST, 0xA61F2933);
        return c;
    }

    private static void set(int[] c, Ink ink, int value) {
        c[ink.ordinal()] = value;
    }

    public int argb(Ink ink) {
        return argb[ink.ordinal()];
    }

    /** An ink's colour from this palette; a fixed colour as it is. */
    @Override
    public int argb(Colour colour) {
        return colour instanceof Ink ink ? argb(ink) : Colours.FIXED.argb(colour);
    }

    /** This palette with {@code ink} set to {@code value}. */
    public Palette with(Ink ink, int value) {
        int[] copy = Arrays.copyOf(argb, argb.length);
        copy[ink.ordinal()] = value;
        return new Palette(copy);
    }
}
