package org.luoshi.report.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/**
 * The ledger's use cases, the same for the window and the {@code ledger} command: read and save the
 * chosen columns (workspace settings), build the ledger of some plans or all, write it as .xlsx.
 */
public final class LedgerExport {

    /**
     * What to write.
     *
     * @param planIds  the plans, in this order; empty: every plan of the workspace
     * @param oneSheet all plans on one sheet (with a 方案 column) rather than one sheet per plan
     * @param columns  the columns, or null for those saved in the workspace
     * @param changes  where time limits were changed (original and adjusted dates); null: the workspace's
     *                 approved extensions (issue 17), which the ledger prints beside the plan's limit
     */
    public record Request(List<Long> planIds, boolean oneSheet, LedgerColumns columns, DeadlineChanges changes,
            LocalDate madeOn) {
        public Request {
            planIds = List.copyOf(planIds);
            Objects.requireNonNull(madeOn, "madeOn");
        }

        public static Request of(List<Long> planIds, boolean oneSheet, LocalDate madeOn) {
            return new Request(planIds, oneSheet, null, null, madeOn);
        }
    }

    private LedgerExport() {
    }

    /** The columns saved in the workspace, else the default. */
    public static UseCase<LedgerColumns> columns() {
        return session -> LedgerColumns.fromSettings(session.workspace().settings().all());
    }

    /** Saves the columns and their order in the workspace. */
    public static UseCase<LedgerColumns> saveColumns(LedgerColumns columns) {
        return session -> {
            session.workspace().settings().put(LedgerColumns.KEY, columns.format());
            return columns;
        };
    }

    /** Builds the ledger; an unknown plan is an {@link IllegalArgumentException} with a message for the person. */
    public static UseCase<Ledger> build(Request request) {
        return session -> build(session.workspace(), request);
    }

    /** Builds the ledger and writes it to {@code target} (through a temporary file); returns it. */
    public static UseCase<Ledger> write(Request request, Path target) {
        return session -> {
            Ledger ledger = build(session.workspace(), request);
            new LedgerXlsx().write(ledger, target);
            return ledger;
        };
    }

    /** The plans and rounds of a request, as the builder takes them (the benchmark times the parts apart). */
    public static List<LedgerBuilder.PlanRounds> load(Workspace ws, List<Long> planIds) {
        List<Long> ids = planIds;
        if (ids.isEmpty()) {
            ids = ws.plans().list().stream().map(PlanSummary::id).toList();
        }
        List<LedgerBuilder.PlanRounds> plans = new ArrayList<>();
        for (long id : ids) {
            Plan plan = ws.plans().load(id).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("ledger.error.unknownPlan", id)));
            plans.add(new LedgerBuilder.PlanRounds(plan, ws.rounds().ofPlan(id)));
        }
        return plans;
    }

    static Ledger build(Workspace ws, Request request) throws IOException {
        LedgerColumns columns = request.columns() != null ? request.columns()
                : LedgerColumns.fromSettings(ws.settings().all());
        DeadlineChanges changes = request.changes() != null ? request.changes() : approved(ws);
        return new LedgerBuilder(columns, changes, request.madeOn())
                .build(load(ws, request.planIds()), request.oneSheet());
    }

    /**
     * The approved extensions of the tasks' last deadlines (whatever the office's deadline rule: the
     * ledger prints the original and the adjusted date either way); {@link DeadlineChanges#NONE} when
     * nothing was approved.
     */
    static DeadlineChanges approved(Workspace ws) {
        EffectiveDeadlines effective = EffectiveDeadlines.of(ws.requests().approvedExtensions(), DeadlineRule.APPROVED);
        if (effective.isEmpty()) {
            return DeadlineChanges.NONE;
        }
        return t -> effective.adjustments(t.id()).stream().filter(a -> a.milestoneId() == 0).findFirst()
                .map(a -> new DeadlineChanges.Change(a.original(), a.adjusted()));
    }
}
