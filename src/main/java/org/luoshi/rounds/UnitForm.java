package org.luoshi.rounds;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.Role;

/**
 * One unit's form of a round, as it is to be written: heading, rows grouped by role, the cooperating
 * units' latest reports (for a lead unit), and the identity that lets it be matched on return.
 */
public record UnitForm(String planTitle, String docNumber, String unit, String period, LocalDate due,
        String contact, List<Group> groups, List<ContextRow> context, FormIdentity identity) {

    public UnitForm {
        groups = List.copyOf(groups);
        context = List.copyOf(context);
    }

    /** The rows of one role. */
    public record Group(Role role, List<Row> rows) {
        public Group {
            rows = List.copyOf(rows);
        }
    }

    /** A task's row: the locked cells, in column order. */
    public record Row(long taskId, String seq, String task, String role, String leads, String limit, String last) {
        public List<String> lockedCells() {
            return List.of(seq, task, role, leads, limit, last);
        }
    }

    /** A cooperating unit's latest report on a task this unit leads. */
    public record ContextRow(String seq, String task, String unit, LocalDate date, int percent, String text) {
    }

    /** Every task row, in form order. */
    public List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
