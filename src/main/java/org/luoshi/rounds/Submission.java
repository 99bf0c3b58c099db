package org.luoshi.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A form a unit returned in a round, as applied: kept even when a later form of the same unit
 * supersedes it.
 *
 * @param id           database id, 0 until stored
 * @param fileName     the name of the file it was read from
 * @param reporter     填报人, "" if not filled in
 * @param phone        联系电话, "" if not filled in
 * @param supersededBy the submission that replaced it, 0 if none
 */
public record Submission(long id, long roundId, String unit, LocalDate received, String fileName, String reporter,
        String phone, long supersededBy, List<ReportLine> lines) {

    public Submission {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(received, "received");
        fileName = fileName == null ? "" : fileName;
        reporter = reporter == null ? "" : reporter.strip();
        phone = phone == null ? "" : phone.strip();
        lines = List.copyOf(lines);
    }

    public boolean current() {
        return supersededBy == 0;
    }

    public Submission withId(long newId) {
        return new Submission(newId, roundId, unit, received, fileName, reporter, phone, supersededBy, lines);
    }

    public Submission supersededBy(long by) {
        return new Submission(id, roundId, unit, received, fileName, reporter, phone, by, lines);
    }
}
