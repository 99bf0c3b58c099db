package org.luoshi.report.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.luoshi.plan.Task;

/**
 * Where a task's time limit was changed after the plan was issued (an approved extension), the
 * original date and the adjusted one: the ledger prints both. {@link LedgerExport} makes it from the
 * workspace's approved extensions; {@link #NONE} prints none.
 */
@FunctionalInterface
public interface DeadlineChanges {
    DeadlineChanges NONE = task -> Optional.empty();

    /** The change of {@code task}'s time limit, if it has one. */
    Optional<Change> of(Task task);

    record Change(LocalDate original, LocalDate adjusted) {
    }
}
