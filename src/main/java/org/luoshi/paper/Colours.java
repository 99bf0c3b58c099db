package org.luoshi.paper;

/** Turns the colours of primitives into 0xAARRGGBB: a painter is given one. */
@FunctionalInterface
public interface Colours {
    /** Fixed colours as they are; no roles. */
    Colours FIXED = c -> {
        if (c instanceof Rgb rgb) {
            return rgb.argb();
        }
        throw new IllegalArgumentException("no colour for " + c);
    };

    int argb(Colour colour);
}
