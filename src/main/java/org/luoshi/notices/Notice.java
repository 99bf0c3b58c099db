package org.luoshi.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A 督办通知单 or 催办通知书 as issued: its number (per kind and year), the day, what it rests on
 * (basis), the tasks it is about, the units it goes to, the time limit, what they must report and how,
 * and the office's contact.
 *
 * @param unit       the unit it was made for, or "" when it was made for one task
 * @param recipients the units it is sent to
 * @param taskIds    the tasks it is about, in the plan's order
 */
public record Notice(long id, long planId, NoticeKind kind, int year, int seq, String number, LocalDate issuedOn,
        String unit, List<String> recipients, String basis, LocalDate timeLimit, String requirement, String contact,
        List<Long> taskIds) {
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuedOn, "issuedOn");
        number = number == null ? "" : number;
        unit = unit == null ? "" : unit.strip();
        recipients = List.copyOf(recipients);
        basis = basis == null ? "" : basis.strip();
        requirement = requirement == null ? "" : requirement.strip();
        contact = contact == null ? "" : contact.strip();
        taskIds = List.copyOf(taskIds);
    }

    public Notice withId(long newId) {
        return new Notice(newId, planId, kind, year, seq, number, issuedOn, unit, recipients, basis, timeLimit,
                requirement, contact, taskIds);
    }

    public Notice numbered(int newYear, int newSeq, String newNumber) {
        return new Notice(id, planId, kind, newYear, newSeq, newNumber, issuedOn, unit, recipients, basis, timeLimit,
                requirement, contact, taskIds);
    }
}
