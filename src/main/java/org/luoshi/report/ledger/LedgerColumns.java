package org.luoshi.report.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The columns the office chose for its ledger, in their order: kept once in the workspace settings
 * under {@value #KEY} as their keys separated by commas. A stored value that cannot be read, or
 * names no column, gives the default (every column but 方案, which a ledger of all plans on one sheet
 * adds by itself).
 */
public record LedgerColumns(List<LedgerColumn> columns) {
    public static final String KEY = "ledger.columns";

    public static final LedgerColumns DEFAULT = new LedgerColumns(List.of(LedgerColumn.SEQ, LedgerColumn.TASK,
            LedgerColumn.LEAD, LedgerColumn.RESPONSIBLE, LedgerColumn.COOPERATING, LedgerColumn.DEADLINE,
            LedgerColumn.STATUS, LedgerColumn.ROUNDS, LedgerColumn.LATEST, LedgerColumn.NOTES));

    public LedgerColumns {
        List<LedgerColumn> distinct = new ArrayList<>();
        for (LedgerColumn c : columns) {
            if (c != null && !distinct.contains(c)) {
                distinct.add(c);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("a ledger needs at least one column");
        }
        columns = List.copyOf(distinct);
    }

    /** The columns in {@code text} ("seq,task,lead"); the default if it names none. */
    public static LedgerColumns parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        List<LedgerColumn> cols = new ArrayList<>();
        for (String part : text.split(",")) {
            LedgerColumn c = LedgerColumn.ofKey(part);
            if (c != null) {
                cols.add(c);
            }
        }
        return cols.isEmpty() ? DEFAULT : new LedgerColumns(cols);
    }

    /** The columns stored in the settings {@code map}, else the default. */
    public static LedgerColumns fromSettings(Map<String, String> map) {
        return parse(map.get(KEY));
    }

    public String format() {
        return columns.stream().map(LedgerColumn::key).collect(Collectors.joining(","));
    }

    public boolean has(LedgerColumn c) {
        return columns.contains(c);
    }

    /** These columns with 方案 as the second (after 序号 if shown, else first) unless already there. */
    public LedgerColumns withPlan() {
        if (has(LedgerColumn.PLAN)) {
            return this;
        }
        List<LedgerColumn> cols = new ArrayList<>(columns);
        cols.add(cols.get(0) == LedgerColumn.SEQ ? 1 : 0, LedgerColumn.PLAN);
        return new LedgerColumns(cols);
    }
}
