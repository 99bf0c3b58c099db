package org.luoshi.lights;

/** The four status lights, most urgent first (the order a light column sorts in). */
public enum LightColor {
    /** Overdue: the task's last deadline has passed and it is not done. */
    RED,
    /** Due within the threshold's days, or behind pace. */
    YELLOW,
    /** On track, or no date to be late against. */
    GREEN,
    /** Done (已完成) or closed (已销号). */
    BLUE
}
