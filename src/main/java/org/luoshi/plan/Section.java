package org.luoshi.plan;

/** A second-level heading （一）…, inside the part numbered {@code part} (or null). */
public record Section(String part, String number, String title) {
}
