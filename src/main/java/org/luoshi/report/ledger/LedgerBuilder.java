package org.luoshi.report.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.rounds.Round;

/**
 * Builds the ledger from plans and their progress rounds: one row per task; for {@link LedgerColumn#ROUNDS}
 * one column per round period (rounds of the same period in several plans share it), ordered by due day,
 * holding what was reported in that round; 最新进展 the task's latest entry of any kind.
 */
public final class LedgerBuilder {

    /** A plan with its rounds. */
    public record PlanRounds(Plan plan, List<Round> rounds) {
        public PlanRounds {
            rounds = List.copyOf(rounds);
        }
    }

    private final LedgerColumns columns;
    private final DeadlineChanges changes;
    private final LocalDate madeOn;

    public LedgerBuilder(LedgerColumns columns, DeadlineChanges changes, LocalDate madeOn) {
        this.columns = columns;
        this.changes = changes;
        this.madeOn = madeOn;
    }

    /** One sheet per plan ({@code oneSheet} false) or all on one sheet with a 方案 column. */
    public Ledger build(List<PlanRounds> plans, boolean oneSheet) {
        List<Ledger.Sheet> sheets = new ArrayList<>();
        if (oneSheet) {
            sheets.add(sheet(LedgerWords.ALL_PLANS, LedgerWords.TITLE, "制表日期：" + LedgerWords.date(madeOn),
                    plans, columns.withPlan()));
        } else {
            for (PlanRounds p : plans) {
                String doc = p.plan().docNumber() == null || p.plan().docNumber().isBlank() ? ""
                        : p.plan().docNumber().strip() + "　　";
                sheets.add(sheet(p.plan().displayTitle(), p.plan().displayTitle() + LedgerWords.TITLE,
                        doc + "制表日期：" + LedgerWords.date(madeOn), List.of(p), columns));
            }
        }
        return new Ledger(LedgerWords.TITLE, sheets);
    }

    private Ledger.Sheet sheet(String name, String title, String subtitle, List<PlanRounds> plans, LedgerColumns cols) {
        // Round periods in order of due day; rounds of one period in several plans share a column.
        Map<String, List<Long>> periods = new LinkedHashMap<>();
        plans.stream().flatMap(p -> p.rounds().stream())
                .sorted(Comparator.comparing(Round::due).thenComparing(Round::id))
                .forEach(r -> periods.computeIfAbsent(r.period(), k -> new ArrayList<>()).add(r.id()));
        Map<Long, Integer> roundColumn = new LinkedHashMap<>();
        int i = 0;
        for (List<Long> ids : periods.values()) {
            for (long id : ids) {
                roundColumn.put(id, i);
            }
            i++;
        }
        List<Ledger.Column> header = new ArrayList<>();
        for (LedgerColumn c : cols.columns()) {
            if (c == LedgerColumn.ROUNDS) {
                periods.keySet().forEach(period -> header.add(new Ledger.Column(period + "进展", c.width())));
            } else {
                header.add(new Ledger.Column(c.header(), c.width()));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int seq = 1;
        for (PlanRounds p : plans) {
            for (Task t : p.plan().tasks()) {
                rows.add(row(p.plan(), t, seq++, cols, periods.size(), roundColumn));
            }
        }
        return new Ledger.Sheet(name, title, subtitle, header, rows);
    }

    private List<String> row(Plan plan, Task t, int seq, LedgerColumns cols, int periods, Map<Long, Integer> roundColumn) {
        List<String> cells = new ArrayList<>();
        for (LedgerColumn c : cols.columns()) {
            switch (c) {
                case SEQ -> cells.add(String.valueOf(seq));
                case PLAN -> cells.add(plan.displayTitle());
                case TASK -> cells.add(t.number() == null || t.number().isBlank() ? t.text()
                        : t.number() + (t.number().matches("\\d+") ? "．" : "") + t.text());
                case LEAD -> cells.add(units(t, Role.LEAD));
                case RESPONSIBLE -> cells.add(units(t, Role.RESPONSIBLE));
                case COOPERATING -> cells.add(units(t, Role.COOPERATING));
                case DEADLINE -> cells.add(deadline(t));
                case STATUS -> cells.add(LedgerWords.status(t.status()));
                case ROUNDS -> cells.addAll(rounds(t, periods, roundColumn));
                case LATEST -> {
                    ProgressEntry latest = t.latestProgress();
                    cells.add(latest == null ? "" : LedgerWords.entry(latest, true));
                }
                case NOTES -> cells.add(t.notes());
            }
        }
        return cells;
    }

    private String deadline(Task t) {
        String printed = LedgerWords.deadlines(t.deadlines());
        Optional<DeadlineChanges.Change> change = changes.of(t);
        if (change.isEmpty()) {
            return printed;
        }
        return (printed.isEmpty() ? "" : printed + "\n") + LedgerWords.change(change.get());
    }

    private static List<String> rounds(Task t, int periods, Map<Long, Integer> roundColumn) {
        List<StringBuilder> cells = new ArrayList<>(periods);
        for (int i = 0; i < periods; i++) {
            cells.add(new StringBuilder());
        }
        t.progress().stream().filter(e -> e.roundId() != 0 && roundColumn.containsKey(e.roundId()))
                .sorted(Comparator.comparing(ProgressEntry::date).thenComparingLong(ProgressEntry::id))
                .forEach(e -> {
                    StringBuilder cell = cells.get(roundColumn.get(e.roundId()));
                    if (cell.length() > 0) {
                        cell.append('\n');
                    }
                    cell.append(LedgerWords.entry(e, false));
                });
        return cells.stream().map(StringBuilder::toString).toList();
    }

    /** The units holding {@code role}, separated by 、; 等 after the last group of the clause where it had one. */
    static String units(Task t, Role role) {
        List<String> names = t.unitNames(role);
        if (names.isEmpty()) {
            return "";
        }
        String joined = String.join("、", names);
        boolean last = !t.assignments().isEmpty() && t.assignments().get(t.assignments().size() - 1).role() == role;
        return t.othersIncluded() && last ? joined + "等" : joined;
    }
}
