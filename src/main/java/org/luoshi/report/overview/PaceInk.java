package org.luoshi.report.overview;

import org.luoshi.paper.Rgb;
import org.luoshi.report.PaceClass;

/**
 * The colour of each pace class on paper (the PDF and the printout). The window takes the same
 * colours from its stylesheet ({@code report/ui/stats.css}, {@code .pace-*}); a test keeps both alike.
 */
public final class PaceInk {
    private PaceInk() {
    }

    /** 0xRRGGBB of {@code c}. */
    public static int rgb(PaceClass c) {
        return switch (c) {
            case DONE -> 0x2F6FB5;
            case AHEAD -> 0x2E8B57;
            case ON_PACE -> 0x8CC56F;
            case BEHIND -> 0xE5A333;
            case NOT_STARTED -> 0x9E9E9E;
            case OVERDUE -> 0xD0443E;
            case NO_DEADLINE -> 0xBAC6D3;
        };
    }

    public static Rgb of(PaceClass c) {
        return new Rgb(0xFF000000 | rgb(c));
    }

    /** "#rrggbb" of {@code c}. */
    public static String hex(PaceClass c) {
        return String.format("#%06x", rgb(c));
    }
}
