package org.luoshi.report.ledger.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.report.ledger.LedgerColumn;
import org.luoshi.report.ledger.LedgerColumns;
import org.luoshi.report.ledger.LedgerExport;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.ui.DialogService;

/**
 * The state of the ledger dialog: this plan or all plans, one sheet or one per plan, and the columns —
 * every column in the office's order, each ticked or not — moved up and down. 保存 stores the choice in
 * the workspace and writes the workbook where the person says. No nodes: tested without a toolkit.
 */
public final class LedgerViewModel {
    /** A column in the chooser: ticked or not. */
    public static final class Choice {
        private final LedgerColumn column;
        private final BooleanProperty chosen;

        Choice(LedgerColumn column, boolean chosen) {
            this.column = column;
            this.chosen = new SimpleBooleanProperty(this, "chosen", chosen);
        }

        public LedgerColumn column() {
            return column;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return column.header();
        }
    }

    private final Session session;
    private final DialogService dialogs;
    private final LocalDate today;
    private final Consumer<String> status;
    private final Plan plan;
    private final ObservableList<Choice> columns = FXCollections.observableArrayList();
    private final BooleanProperty allPlans = new SimpleBooleanProperty(this, "allPlans", false);
    private final BooleanProperty oneSheet = new SimpleBooleanProperty(this, "oneSheet", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param plan the plan on show, or null (then the ledger is of all plans) */
    public LedgerViewModel(Session session, DialogService dialogs, LocalDate today, Plan plan, Consumer<String> status) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.today = Objects.requireNonNull(today, "today");
        this.status = Objects.requireNonNull(status, "status");
        this.plan = plan;
        allPlans.set(plan == null);
    }

    /** Reads the columns saved in the workspace: the chosen ones in their order, then the others unticked. */
    public void load() {
        run(LedgerExport.columns(), saved -> {
            List<Choice> list = new ArrayList<>();
            saved.columns().forEach(c -> list.add(new Choice(c, true)));
            for (LedgerColumn c : LedgerColumn.values()) {
                if (!saved.has(c)) {
                    list.add(new Choice(c, false));
                }
            }
            columns.setAll(list);
        });
    }

    public ObservableList<Choice> columns() {
        return columns;
    }

    public BooleanProperty allPlansProperty() {
        return allPlans;
    }

    public BooleanProperty oneSheetProperty() {
        return oneSheet;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public Plan plan() {
        return plan;
    }

    public void moveUp(int index) {
        if (index > 0 && index < columns.size()) {
            Choice c = columns.remove(index);
            columns.add(index - 1, c);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < columns.size() - 1) {
            Choice c = columns.remove(index);
            columns.add(index + 1, c);
        }
    }

    /** The ticked columns in their order, or null if none is ticked. */
    public LedgerColumns chosen() {
        List<LedgerColumn> cols = columns.stream().filter(c -> c.chosenProperty().get()).map(Choice::column).toList();
        return cols.isEmpty() ? null : new LedgerColumns(cols);
    }

    /** 保存…: stores the columns, asks where, writes the workbook. */
    public void save() {
        LedgerColumns chosen = chosen();
        String title = Messages.get("ledger.ui.title");
        if (chosen == null) {
            dialogs.warn(title, Messages.get("ledger.ui.noColumns"));
            return;
        }
        boolean all = allPlans.get() || plan == null;
        String name = (all ? "全部方案" : plan.displayTitle()) + "工作台账.xlsx";
        var target = dialogs.chooseSaveFile(title, org.luoshi.files.SafeText.cut(name.replaceAll("[\\\\/:*?\"<>|]", ""), 120),
                DialogService.FileFilter.of(Messages.get("ledger.ui.filter"), "*.xlsx"));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        List<Long> ids = all ? List.of() : List.of(plan.id());
        LedgerExport.Request request = new LedgerExport.Request(ids, oneSheet.get(), chosen, null, today);
        run(s -> {
            LedgerExport.saveColumns(chosen).run(s);
            return LedgerExport.write(request, file).run(s);
        }, ledger -> {
            String said = Messages.get("ledger.ui.saved", file, ledger.taskCount());
            message.set(said);
            status.accept(said);
        });
    }

    private <T> void run(UseCase<T> work, Consumer<T> then) {
        session.run(Messages.get("ledger.ui.working"), work, then, failure -> {
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            message.set(why);
            dialogs.error(Messages.get("ledger.ui.title"), why);
        });
    }
}
