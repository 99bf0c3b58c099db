package org.luoshi.plan;

/** A top-level heading of the plan body (一、…). {@code number} is printed without its 、. */
public record Part(String number, String title) {
}
