package org.luoshi.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A progress round of a plan: the units are asked for progress for a period by a due date.
 *
 * @param id       database id, 0 until stored
 * @param period   the period reported on, as the office names it (2023年3月, 2023年一季度)
 * @param due      the day the forms are due
 * @param dueRule  how the due day was set ("2023-03-31 后 5 个工作日"), "" for a date typed as such
 * @param contact  the office's contact printed on the forms, "" if none
 * @param openedOn the day the round was opened
 * @param token    random, unique to the round: part of the identity of its forms
 * @param units    the units asked, by name; empty: every unit of the round's tasks
 * @param taskIds  the tasks asked about; empty: every task of the plan not yet closed
 */
public record Round(long id, long planId, String period, LocalDate due, String dueRule, String contact,
        LocalDate openedOn, String token, List<String> units, List<Long> taskIds) {

    public Round {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(openedOn, "openedOn");
        period = period.strip();
        if (period.isEmpty()) {
            throw new IllegalArgumentException("a round needs a period");
        }
        dueRule = dueRule == null ? "" : dueRule;
        contact = contact == null ? "" : contact.strip();
        token = token == null ? "" : token;
        units = List.copyOf(units);
        taskIds = List.copyOf(taskIds);
    }

    public Round withId(long newId) {
        return new Round(newId, planId, period, due, dueRule, contact, openedOn, token, units, taskIds);
    }
}
