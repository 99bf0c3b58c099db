package org.luoshi.importer.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A 分工表 as rows of cell texts under a header. A blank cell of a column in {@code merged} continues the cell above
 * it (a 类别 printed once for its group), as a merged cell of Word or Excel does.
 *
 * @param note a line printed above the table (a standing rule such as 列第一位者为牵头单位), or null
 */
record Grid(String title, String note, List<String> header, List<List<String>> rows, Set<Integer> merged) {
    static final String NUMBER = "序号";
    static final String CATEGORY = "类别";
    static final String TASK = "重点任务";
    static final String LEAD = "牵头单位";
    static final String RESPONSIBLE = "责任单位";
    static final String COOPERATING = "配合单位";
    static final String DEADLINE = "完成时限";

    /**
     * The plan as a 分工表: a column for each field the plan fills, units joined with 、, in the usual order. Where a
     * task has no lead (or one responsible unit alone), the units go into one 责任单位 column with their role words
     * ({@code X牵头，Y按职责分工负责}), as such plans print them: a blank 牵头单位 cell reads as the lead above it.
     */
    static Grid of(String title, List<LabelledTask> tasks) {
        boolean byRole = tasks.stream().allMatch(t -> !t.lead().isEmpty())
                || tasks.stream().allMatch(t -> t.lead().isEmpty() && t.responsible().size() != 1);
        return byRole ? byRole(title, tasks) : withRoleWords(title, tasks);
    }

    /** One 责任单位 column whose cells say each unit's role. */
    static Grid withRoleWords(String title, List<LabelledTask> tasks) {
        boolean categories = tasks.stream().anyMatch(t -> t.category() != null);
        boolean deadlines = tasks.stream().anyMatch(t -> !t.deadlines().isEmpty());
        List<String> header = new ArrayList<>(List.of(NUMBER));
        if (categories) {
            header.add(CATEGORY);
        }
        header.add(TASK);
        header.add(RESPONSIBLE);
        if (deadlines) {
            header.add(DEADLINE);
        }
        List<List<String>> rows = new ArrayList<>();
        for (LabelledTask t : tasks) {
            List<String> row = new ArrayList<>(List.of(t.number()));
            if (categories) {
                row.add(t.category() == null ? "" : t.category());
            }
            row.add(t.text());
            List<String> roles = new ArrayList<>();
            if (!t.lead().isEmpty()) {
                roles.add(String.join("、", t.lead()) + "牵头");
            }
            if (!t.responsible().isEmpty()) {
                roles.add(String.join("、", t.responsible()) + "按职责分工负责");
            }
            if (!t.cooperating().isEmpty()) {
                roles.add(String.join("、", t.cooperating()) + "配合");
            }
            row.add(String.join("，", roles));
            if (deadlines) {
                row.add(String.join("，", t.deadlines()));
            }
            rows.add(row);
        }
        return new Grid(title, null, header, rows, Set.of());
    }

    /** A column for each role. */
    static Grid byRole(String title, List<LabelledTask> tasks) {
        List<String> header = new ArrayList<>(List.of(NUMBER));
        boolean categories = tasks.stream().anyMatch(t -> t.category() != null);
        if (categories) {
            header.add(CATEGORY);
        }
        header.add(TASK);
        boolean lead = tasks.stream().anyMatch(t -> !t.lead().isEmpty());
        boolean responsible = tasks.stream().anyMatch(t -> !t.responsible().isEmpty());
        boolean cooperating = tasks.stream().anyMatch(t -> !t.cooperating().isEmpty());
        boolean deadlines = tasks.stream().anyMatch(t -> !t.deadlines().isEmpty());
        if (lead) {
            header.add(LEAD);
        }
        if (responsible) {
            header.add(RESPONSIBLE);
        }
        if (cooperating) {
            header.add(COOPERATING);
        }
        if (deadlines) {
            header.add(DEADLINE);
        }
        List<List<String>> rows = new ArrayList<>();
        for (LabelledTask t : tasks) {
            List<String> row = new ArrayList<>(List.of(t.number()));
            if (categories) {
                row.add(t.category() == null ? "" : t.category());
            }
            row.add(t.text());
            if (lead) {
                row.add(String.join("、", t.lead()));
            }
            if (responsible) {
                row.add(String.join("、", t.responsible()));
            }
            if (cooperating) {
                row.add(String.join("、", t.cooperating()));
            }
            if (deadlines) {
                row.add(String.join("，", t.deadlines()));
            }
            rows.add(row);
        }
        return new Grid(title, null, header, rows, Set.of());
    }

    int column(String name) {
        return header.indexOf(name);
    }

    boolean has(String name) {
        return header.contains(name);
    }

    /** The cell at (row, column) as shown: a blank merged cell shows the cell above it. */
    String shown(int row, int column) {
        for (int r = row; r >= 0; r--) {
            String cell = rows.get(r).get(column);
            if (!cell.isEmpty() || !merged.contains(column)) {
                return cell;
            }
        }
        return "";
    }

    /** How many rows the cell at (row, column) spans: 1, or more where a merged column's cells below are blank. */
    int span(int row, int column) {
        if (!merged.contains(column)) {
            return 1;
        }
        int end = row + 1;
        while (end < rows.size() && rows.get(end).get(column).isEmpty()) {
            end++;
        }
        return end - row;
    }
}
