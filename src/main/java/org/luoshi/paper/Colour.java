package org.luoshi.paper;

/**
 * The colour of a primitive: a fixed {@link Rgb}, or a role (the timeline's inks) that the painter's
 * {@link Colours} turns into a colour, so that a stylesheet can recolour the screen and paper alike.
 */
public interface Colour {
}
