package org.luoshi.paper;

/** A fixed colour, 0xAARRGGBB; and the arithmetic of such colours. */
public record Rgb(int argb) implements Colour {
    public static final Rgb BLACK = new Rgb(0xFF000000);

    /** A grey from 0 (black) to 1 (white). */
    public static Rgb gray(double level) {
        int v = (int) Math.round(Math.max(0, Math.min(1, level)) * 255);
        return new Rgb(0xFF000000 | v << 16 | v << 8 | v);
    }

    public static double alpha(int argb) {
        return ((argb >>> 24) & 0xFF) / 255.0;
    }

    public static int red(int argb) {
        return (argb >>> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >>> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    /** {@code argb} mixed with white: 0 keeps it, 1 is white (tints on paper, which has no alpha here). */
    public static int towardsWhite(int argb, double amount) {
        int r = (int) Math.round(red(argb) + (255 - red(argb)) * amount);
        int g = (int) Math.round(green(argb) + (255 - green(argb)) * amount);
        int b = (int) Math.round(blue(argb) + (255 - blue(argb)) * amount);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
