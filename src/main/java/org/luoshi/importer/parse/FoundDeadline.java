package org.luoshi.importer.parse;

import org.luoshi.plan.Deadline;

/** A deadline phrase found in a text, with where it stands: [start, end) of the searched text. */
public record FoundDeadline(Deadline deadline, int start, int end) {
}
