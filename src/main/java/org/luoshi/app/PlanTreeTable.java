package org.luoshi.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.shape.Circle;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightText;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.OutlineRow;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanOutline;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.UnitListText;

/**
 * Tasks as a tree: a plan's parts → sections → tasks, or a list's groups → tasks. Columns: light,
 * 序号, 任务, 牵头, 责任, 配合, 完成时限, 状态, 最新进展. Any column sorts the tasks within their
 * heading or group; headings keep the plan's order. Read-only: edits are made in the detail pane.
 */
public final class PlanTreeTable extends TreeTableView<OutlineRow> {
    private static final PseudoClass PART = PseudoClass.getPseudoClass("part");
    private static final PseudoClass SECTION = PseudoClass.getPseudoClass("section");
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    /** Rows of two lines, unit lists and task text wrapped: set below {@link #NARROW_BELOW} px. */
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    /** Below this width the table takes two-line rows (the detail pane open on a 1280 px screen). */
    static final double NARROW_BELOW = 900;
    /** Space a header's text needs beside itself (padding, the sort arrow's place). */
    private static final double HEADER_ROOM = 12;
    /** Space a cell's text needs beside itself (the cell's padding). */
    private static final double CELL_ROOM = 8;
    /** The widest a unit column grows to show its longest list on two lines. */
    private static final double NARROW_UNIT_MAX = 100;
    /** Key of a column's own minimum width, before its header's width is taken into account. */
    private static final String BASE_MIN = "luoshi.baseMin";
    private boolean narrow;
    /** The font the table's text is drawn in (the window's Chinese font once styled), to measure with. */
    private javafx.scene.text.Font measureFont = javafx.scene.text.Font.getDefault();
    private TreeTableColumn<OutlineRow, OutlineRow> numberColumn;
    private TreeTableColumn<OutlineRow, OutlineRow> statusColumn;
    private TreeTableColumn<OutlineRow, OutlineRow> progressColumn;
    /** Whether the narrow table put the progress column away (it comes back when the table widens). */
    private boolean progressPutAway;
    private List<OutlineRow> shownRows = List.of();

    private final Label placeholder = new Label(Messages.get("app.noPlans"));
    private LongFunction<TaskFacts> factsOf = id -> null;
    private final TreeTableColumn<OutlineRow, OutlineRow> plan;

    public PlanTreeTable() {
        getStyleClass().add("plan-tree");
        setId("taskTable");
        setShowRoot(false);
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);

        TreeTableColumn<OutlineRow, OutlineRow> light = lightColumn();
        // Widths: the task text gets most of the room, and all the room the other columns do not
        // need once they reach their widest useful size (their maximum) on a wide screen.
        TreeTableColumn<OutlineRow, OutlineRow> number = column("column.number", OutlineRow::number, 76, "number",
                Comparator.comparingInt(r -> r.task().seq()));
        limit(number, 64, 100); // （二十一） whole
        TreeTableColumn<OutlineRow, OutlineRow> task = column("column.task", OutlineRow::text, 420, "task",
                Comparator.comparing(OutlineRow::text));
        task.setMinWidth(100);
        TreeTableColumn<OutlineRow, OutlineRow> lead = unitColumn("column.lead", Role.LEAD, OutlineRow::lead);
        TreeTableColumn<OutlineRow, OutlineRow> responsible = unitColumn("column.responsible", Role.RESPONSIBLE,
                OutlineRow::responsible);
        TreeTableColumn<OutlineRow, OutlineRow> cooperating = unitColumn("column.cooperating", Role.COOPERATING,
                OutlineRow::cooperating);
        limit(lead, 56, 200);
        limit(responsible, 56, 200);
        limit(cooperating, 56, 200);
        TreeTableColumn<OutlineRow, OutlineRow> deadline = column("column.deadline", OutlineRow::deadline, 110, "deadline",
                Comparator.comparing(this::finalDue, Comparator.nullsLast(Comparator.naturalOrder())));
        // The phrase as printed, with the dates it was read as in the tooltip.
        deadline.setCellFactory(col -> new TextCell(OutlineRow::deadline,
                r -> r.task() == null || r.task().deadlines().isEmpty() ? null : deadlineDetail(r.task())));
        plan = column("column.plan", this::planLabel, 110, "plan",
                Comparator.comparing(this::planLabel));
        plan.setVisible(false);
        TreeTableColumn<OutlineRow, OutlineRow> status = column("column.status", PlanTreeTable::statusText, 64, "status",
                Comparator.comparing(r -> r.task().status()));
        limit(status, 56, 110);
        TreeTableColumn<OutlineRow, OutlineRow> progress = column("column.progress", PlanTreeTable::progressText, 120,
                "progress", Comparator.comparingInt(PlanTreeTable::progressPercent));
        limit(progress, 64, 320);
        limit(deadline, 64, 200);
        limit(plan, 64, 220);
        getColumns().setAll(List.of(light, number, task, lead, responsible, cooperating, deadline, status, progress,
                plan));
        numberColumn = number;
        statusColumn = status;
        progressColumn = progress;
        for (TreeTableColumn<OutlineRow, ?> c : getColumns()) {
            c.getProperties().put(BASE_MIN, c.getMinWidth());
        }
        fitColumns();
        widthProperty().addListener((obs, was, now) -> {
            boolean isNarrow = now.doubleValue() > 0 && now.doubleValue() < NARROW_BELOW;
            javafx.scene.text.Font font = tableFont();
            if (isNarrow != narrow || !font.equals(measureFont)) {
                narrow = isNarrow;
                measureFont = font;
                pseudoClassStateChanged(NARROW, isNarrow);
                fitColumns();
            }
        });
        // The task text carries the tree's indentation: it has the room, the number column stays narrow.
        setTreeColumn(task);

        setRowFactory(view -> new TreeTableRow<>() {
            @Override
            protected void updateItem(OutlineRow row, boolean empty) {
                super.updateItem(row, empty);
                OutlineRow.Kind kind = empty || row == null ? null : row.kind();
                pseudoClassStateChanged(PART, kind == OutlineRow.Kind.PART);
                pseudoClassStateChanged(SECTION, kind == OutlineRow.Kind.SECTION);
                pseudoClassStateChanged(GROUP, kind == OutlineRow.Kind.GROUP);
                pseudoClassStateChanged(FINISHED, kind == OutlineRow.Kind.TASK && row.task().isFinished());
            }
        });
        // Tasks sort within their heading or group; headings and groups keep their order.
        setSortPolicy(table -> {
            sortChildren(getRoot(), getSortOrder().isEmpty() ? null : getComparator());
            return true;
        });
    }

    /** Where the light and dates of a task row come from (the view model's facts). */
    public void setFacts(LongFunction<TaskFacts> facts) {
        this.factsOf = facts;
    }

    private TreeTableColumn<OutlineRow, OutlineRow> lightColumn() {
        TreeTableColumn<OutlineRow, OutlineRow> c = new TreeTableColumn<>("");
        c.setId("column.light");
        c.setPrefWidth(34);
        c.setMinWidth(30);
        c.setMaxWidth(40);
        c.setResizable(false);
        c.getStyleClass().add("light");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? null : cell.getValue().getValue()));
        c.setComparator(nullSafe(Comparator.comparing(r -> factsOf.apply(r.task().id()) == null ? null
                : factsOf.apply(r.task().id()).light().color(), Comparator.nullsLast(Comparator.naturalOrder()))));
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final Circle dot = new Circle(6);
            private TaskFacts facts;

            {
                // The reason is put into words when the pointer comes, not for every row laid out:
                // a tooltip per cell made the first screen of a big plan slow.
                setOnMouseEntered(e -> {
                    if (facts == null) {
                        setTooltip(null);
                    } else if (getTooltip() == null) {
                        setTooltip(new Tooltip(LightText.explain(facts.light())));
                    } else {
                        getTooltip().setText(LightText.explain(facts.light()));
                    }
                });
            }

            @Override
            protected void updateItem(OutlineRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                facts = empty || row == null || row.task() == null ? null : factsOf.apply(row.task().id());
                if (facts == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                // A new style class styles the dot anew: set only when the light changes (rows are reused
                // for other tasks at every key, issue 20).
                String color = "light-" + facts.light().color().name().toLowerCase();
                if (!dot.getStyleClass().contains(color)) {
                    dot.getStyleClass().setAll("light-dot", color);
                }
                if (getGraphic() != dot) {
                    setGraphic(dot);
                }
                if (getTooltip() != null) {
                    getTooltip().setText(LightText.explain(facts.light()));
                }
            }
        });
        return c;
    }

    private static TreeTableColumn<OutlineRow, OutlineRow> column(String key, Function<OutlineRow, String> text,
            double width, String styleClass, Comparator<OutlineRow> taskOrder) {
        TreeTableColumn<OutlineRow, OutlineRow> c = new TreeTableColumn<>(Messages.get(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.getStyleClass().add(styleClass);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? null : cell.getValue().getValue()));
        c.setComparator(nullSafe(taskOrder));
        c.setCellFactory(col -> new TextCell(text, r -> null));
        return c;
    }

    /**
     * A unit column: the first unit and the count ("省市场监管局等3家"), every unit in the tooltip;
     * its preferred width follows its content when rows are shown ({@link #fitUnitColumns}).
     */
    private static TreeTableColumn<OutlineRow, OutlineRow> unitColumn(String key, Role role,
            Function<OutlineRow, String> whole) {
        Function<OutlineRow, String> text = r -> r.task() == null ? whole.apply(r)
                : UnitListText.shortText(r.task().unitNames(role));
        TreeTableColumn<OutlineRow, OutlineRow> c = column(key, text, 100, "units", Comparator.comparing(whole));
        c.setCellFactory(col -> new TextCell(text, r -> r.task() == null ? null
                : UnitListText.fullText(r.task().unitNames(role))));
        c.getProperties().put(Role.class, role);
        return c;
    }

    /**
     * Minimum widths: every column at least as wide as its header's text (a header is never cut);
     * the status as wide as its longest status ("Not started" whole, 未开始) — in a narrow table as
     * its longest word; then the number and unit columns by what the rows hold.
     */
    private void fitColumns() {
        for (TreeTableColumn<OutlineRow, ?> c : getColumns()) {
            if (c.getProperties().get(BASE_MIN) instanceof Double base && !c.getText().isEmpty()) {
                c.setMinWidth(Math.max(base, headerWidth(c)));
            }
        }
        java.util.List<String> statuses = java.util.Arrays.stream(org.luoshi.plan.TaskStatus.values())
                .map(v -> Messages.get("status." + v.name())).toList();
        double status = narrow ? widest(statuses.stream().flatMap(t -> java.util.Arrays.stream(t.split(" "))).toList())
                : widest(statuses);
        statusColumn.setMinWidth(Math.min(110, Math.max(headerWidth(statusColumn), status + 20)));
        // Beside the detail pane, which shows the selected task's progress itself, the 最新进展
        // column gives its room to the task text (otherwise a few characters a line). A column the
        // person put away stays away; one put away here comes back when the table widens.
        if (narrow && progressColumn.isVisible()) {
            progressColumn.setVisible(false);
            progressPutAway = true;
        } else if (!narrow && progressPutAway) {
            progressColumn.setVisible(true);
            progressPutAway = false;
        }
        fitUnitColumns(shownRows);
    }

    /** The font of the table's headers once styled (the window's font), else the default. */
    private javafx.scene.text.Font tableFont() {
        return lookup(".column-header .label") instanceof javafx.scene.control.Labeled l ? l.getFont()
                : javafx.scene.text.Font.getDefault();
    }

    /** The width a column needs to show its header's text whole. */
    private double headerWidth(TreeTableColumn<?, ?> c) {
        return widest(List.of(c.getText())) + HEADER_ROOM;
    }

    /** Width of the widest of these texts in the table's font (at least 0). */
    private double widest(List<String> texts) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(measureFont);
        double w = 0;
        for (String t : texts) {
            probe.setText(t);
            w = Math.max(w, probe.getLayoutBounds().getWidth());
        }
        return w;
    }

    /**
     * Gives each unit column the width its longest short text needs (within its header's width and
     * 200; in a narrow table the width that shows it on two lines, at most {@value #NARROW_UNIT_MAX}),
     * so the columns share the room by what they hold and the task text gets the rest.
     */
    private void fitUnitColumns(List<OutlineRow> rows) {
        fitNumberColumn(rows);
        for (TreeTableColumn<OutlineRow, ?> c : getColumns()) {
            if (!(c.getProperties().get(Role.class) instanceof Role role)) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            collectUnits(rows, role, texts);
            double widest = widest(texts);
            double header = headerWidth(c);
            if (narrow) {
                // Two lines: half the longest list (and a character's slack for where the line breaks);
                // kept as the minimum, so a short table takes its room from the task text instead.
                double want = Math.max(header, Math.min(NARROW_UNIT_MAX, widest * 0.55 + 18));
                c.setMinWidth(want);
                c.setPrefWidth(want);
            } else {
                c.setMinWidth(header);
                c.setPrefWidth(Math.max(header, Math.min(c.getMaxWidth(), widest * 1.1 + 20)));
            }
        }
        // The constrained policy shares the room again only when the table's width changes.
        if (getWidth() > 0) {
            getColumnResizePolicy().call(new ResizeFeatures<>(this, null, 0.0));
        }
    }

    /**
     * The number whole on one line — （八） broken after （八 reads as two numbers — within the
     * column's maximum; at least the header's width or, in a wide table, its base minimum.
     */
    private void fitNumberColumn(List<OutlineRow> rows) {
        List<String> numbers = new ArrayList<>();
        collectNumbers(rows, numbers);
        double floor = narrow ? headerWidth(numberColumn)
                : Math.max((Double) numberColumn.getProperties().get(BASE_MIN), headerWidth(numberColumn));
        double whole = numbers.isEmpty() ? 0 : widest(numbers) + CELL_ROOM;
        numberColumn.setMinWidth(Math.min(numberColumn.getMaxWidth(), Math.max(floor, whole)));
    }

    private static void collectNumbers(List<OutlineRow> rows, List<String> into) {
        for (OutlineRow r : rows) {
            if (r.number() != null && !r.number().isEmpty()) {
                into.add(r.number());
            }
            collectNumbers(r.children(), into);
        }
    }

    private static void collectUnits(List<OutlineRow> rows, Role role, List<String> into) {
        for (OutlineRow r : rows) {
            if (r.task() != null) {
                into.add(UnitListText.shortText(r.task().unitNames(role)));
            }
            collectUnits(r.children(), role, into);
        }
    }

    private static void limit(TreeTableColumn<?, ?> column, double min, double max) {
        column.setMinWidth(min);
        column.setMaxWidth(max);
    }

    /** Comparators see task rows only (the sort policy keeps headings apart); null-safe all the same. */
    private static Comparator<OutlineRow> nullSafe(Comparator<OutlineRow> c) {
        return (a, b) -> {
            if (a == null || b == null || a.task() == null || b.task() == null) {
                return 0;
            }
            return c.compare(a, b);
        };
    }

    /** Shows the plan of each task: for lists that gather tasks of several plans. */
    public void setPlanColumnVisible(boolean visible) {
        plan.setVisible(visible);
    }

    private String planLabel(OutlineRow r) {
        TaskFacts f = r.task() == null ? null : factsOf.apply(r.task().id());
        if (f == null) {
            return "";
        }
        return f.plan().docNumber() != null ? f.plan().docNumber() : f.plan().title();
    }

    private java.time.LocalDate finalDue(OutlineRow r) {
        TaskFacts f = factsOf.apply(r.task().id());
        return f == null ? null : f.schedule().finalDue();
    }

    private static String statusText(OutlineRow r) {
        return r.task() == null ? "" : Messages.get("status." + r.task().status().name());
    }

    private static String progressText(OutlineRow r) {
        ProgressEntry e = r.task() == null ? null : r.task().latestProgress();
        return e == null ? "" : e.percent() + "%　" + e.text();
    }

    private static int progressPercent(OutlineRow r) {
        ProgressEntry e = r.task().latestProgress();
        return e == null ? -1 : e.percent();
    }

    /** Shows these rows, every heading expanded, in the current sort order. */
    public void showRows(List<OutlineRow> rows) {
        RowItem root = new RowItem(null, 0);
        // One setAll per level: adding children one by one fires an event each, and thousands of
        // search results would pay for it.
        List<TreeItem<OutlineRow>> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            items.add(item(rows.get(i), i));
        }
        root.getChildren().setAll(items);
        root.setExpanded(true);
        shownRows = rows;
        fitUnitColumns(rows);
        setRoot(root);
        if (!getSortOrder().isEmpty()) {
            sort();
        }
    }

    /** Shows {@code plan}, every part and section expanded. */
    public void show(Plan plan) {
        showRows(plan == null ? List.of() : PlanOutline.of(plan, Messages.get("plan.others")));
    }

    public void setPlaceholderText(String text) {
        placeholder.setText(text);
    }

    private static RowItem item(OutlineRow row, int ordinal) {
        RowItem item = new RowItem(row, ordinal);
        List<OutlineRow> children = row.children();
        if (!children.isEmpty()) {
            item.setExpanded(true);
            List<TreeItem<OutlineRow>> items = new ArrayList<>(children.size());
            for (int i = 0; i < children.size(); i++) {
                items.add(item(children.get(i), i));
            }
            item.getChildren().setAll(items);
        }
        return item;
    }

    private static void sortChildren(TreeItem<OutlineRow> parent, Comparator<TreeItem<OutlineRow>> order) {
        if (parent == null || parent.getChildren().isEmpty()) {
            return;
        }
        List<TreeItem<OutlineRow>> children = new ArrayList<>(parent.getChildren());
        children.sort((a, b) -> {
            boolean ta = isTask(a);
            boolean tb = isTask(b);
            if (ta != tb) {
                return ta ? 1 : -1;
            }
            int c = ta && order != null ? order.compare(a, b) : 0;
            return c != 0 ? c : Integer.compare(ordinal(a), ordinal(b));
        });
        parent.getChildren().setAll(children);
        for (TreeItem<OutlineRow> child : children) {
            if (!isTask(child)) {
                sortChildren(child, order);
            }
        }
    }

    private static boolean isTask(TreeItem<OutlineRow> item) {
        return item.getValue() != null && item.getValue().kind() == OutlineRow.Kind.TASK;
    }

    private static int ordinal(TreeItem<OutlineRow> item) {
        return item instanceof RowItem r ? r.ordinal : 0;
    }

    /**
     * Selects the row of this task and, if it is out of sight, scrolls to it; false if it is not on
     * show. A row in sight stays where it is: the table does not jump under the user's eyes.
     */
    public boolean selectTask(long taskId) {
        // The row selected already (a key or a click in the table made the selection this follows):
        // no walk through every row to find it, nor to count its index (issue 20, 10,000 rows a key).
        TreeItem<OutlineRow> selected = getSelectionModel().getSelectedItem();
        boolean already = selected != null && selected.getValue() != null && selected.getValue().task() != null
                && selected.getValue().task().id() == taskId;
        TreeItem<OutlineRow> found = already ? selected : find(getRoot(), taskId);
        if (found == null) {
            return false;
        }
        if (getSelectionModel().getSelectedItem() != found) {
            getSelectionModel().select(found);
        }
        int row = already ? getSelectionModel().getSelectedIndex() : getRow(found);
        if (row >= 0 && !inSight(row)) {
            scrollTo(Math.max(0, row - 3));
        }
        return true;
    }

    /** The index of the first row in sight, or -1 before the table is laid out. */
    public int firstRowInSight() {
        VirtualFlow<?> flow = flow();
        return flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
    }

    /**
     * Shows these rows where the table was: the same first row in sight (the rows of the same view
     * after an edit; a fixed row height makes the index the whole position).
     */
    public void showRowsInPlace(List<OutlineRow> rows) {
        int first = firstRowInSight();
        java.util.Set<String> collapsed = new java.util.HashSet<>();
        collectCollapsed(getRoot(), "", collapsed);
        showRows(rows);
        if (!collapsed.isEmpty()) {
            collapse(getRoot(), "", collapsed); // headings the user closed stay closed
        }
        if (first > 0) {
            scrollTo(Math.min(first, Math.max(0, getExpandedItemCount() - 1)));
        }
    }

    /** A heading's place in the outline: its own kind, number and text under its parents'. */
    private static String headingKey(String parentKey, OutlineRow row) {
        return parentKey + "/" + row.kind() + ":" + row.number() + ":" + row.text();
    }

    private static void collectCollapsed(TreeItem<OutlineRow> item, String key, java.util.Set<String> into) {
        if (item == null) {
            return;
        }
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (!child.isLeaf() && child.getValue() != null) {
                String childKey = headingKey(key, child.getValue());
                if (!child.isExpanded()) {
                    into.add(childKey);
                }
                collectCollapsed(child, childKey, into);
            }
        }
    }

    private static void collapse(TreeItem<OutlineRow> item, String key, java.util.Set<String> keys) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            if (!child.isLeaf() && child.getValue() != null) {
                String childKey = headingKey(key, child.getValue());
                if (keys.contains(childKey)) {
                    child.setExpanded(false);
                }
                collapse(child, childKey, keys);
            }
        }
    }

    private boolean inSight(int row) {
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return false;
        }
        // A row cut at the top or bottom edge counts as out of sight.
        return row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex();
    }

    private VirtualFlow<?> flow() {
        return getSkin() == null ? null : (VirtualFlow<?>) lookup(".virtual-flow");
    }

    private static TreeItem<OutlineRow> find(TreeItem<OutlineRow> item, long taskId) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && item.getValue().task() != null && item.getValue().task().id() == taskId) {
            return item;
        }
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            TreeItem<OutlineRow> hit = find(child, taskId);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** The task of the selected row, or null. */
    public Task selectedTask() {
        TreeItem<OutlineRow> item = getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().task();
    }

    /** Number of task rows currently in the tree (tests and the status bar use it). */
    public int taskRowCount() {
        return getRoot() == null ? 0 : getRoot().getChildren().stream()
                .mapToInt(i -> i.getValue().taskCount()).sum();
    }

    /** The resolved dates of a task's deadlines, for a tooltip: 2023年3月底前（2023年3月31日）. */
    static String deadlineDetail(Task t) {
        StringBuilder b = new StringBuilder();
        for (Deadline d : t.deadlines()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(d.raw());
            if (d.dueDate() != null) {
                b.append("（").append(Dates.format(d.dueDate())).append("）");
            }
        }
        return b.toString();
    }

    /**
     * A cell of text cut to one line; a long text shows whole in a tooltip, made when the mouse
     * first comes (a tooltip per cell up front would slow every scroll).
     */
    private static final class TextCell extends TreeTableCell<OutlineRow, OutlineRow> {
        private final Function<OutlineRow, String> text;
        private final Function<OutlineRow, String> tip;

        /** @param tip the tooltip of a row, or null to show a long text whole */
        TextCell(Function<OutlineRow, String> text, Function<OutlineRow, String> tip) {
            this.text = text;
            this.tip = tip;
            setOnMouseEntered(e -> {
                String value = tipText();
                if (value == null) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(new Tooltip(value));
                } else {
                    getTooltip().setText(value);
                }
            });
        }

        private String tipText() {
            OutlineRow row = getItem();
            if (row == null || isEmpty()) {
                return null;
            }
            String own = tip.apply(row);
            if (own != null) {
                return own;
            }
            String value = getText();
            return value != null && value.length() >= 12 ? value : null;
        }

        @Override
        protected void updateItem(OutlineRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : text.apply(row));
            if (getTooltip() != null) {
                String value = tipText();
                if (value == null) {
                    setTooltip(null);
                } else {
                    getTooltip().setText(value);
                }
            }
        }
    }

    /** A tree item that remembers its place in the order it was given, to return to it when unsorted. */
    private static final class RowItem extends TreeItem<OutlineRow> {
        final int ordinal;

        RowItem(OutlineRow row, int ordinal) {
            super(row);
            this.ordinal = ordinal;
        }
    }
}
