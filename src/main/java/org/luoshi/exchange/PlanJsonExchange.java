package org.luoshi.exchange;

import java.io.IOException;
import java.nio.file.Path;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.PlanSaving;
import org.luoshi.plan.Plan;
import org.luoshi.session.UseCase;

/**
 * A plan sent to or received from another office as JSON, the same from the menu and from
 * {@code luoshi export} / {@code luoshi import-json}. A received plan joins this workspace's units
 * and is stored as one undoable edit, with its progress rounds and the forms received in them.
 */
public final class PlanJsonExchange {
    private PlanJsonExchange() {
    }

    /** The stored plan {@code planId}, whole; refused with a message if there is none. */
    public static UseCase<Plan> load(long planId) {
        return session -> session.workspace().plans().load(planId)
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("plan.error.notFound", planId)));
    }

    /** Writes the stored plan {@code planId} to {@code file}; gives the plan written. */
    public static UseCase<Plan> export(long planId, Path file) {
        return session -> {
            Plan whole = load(planId).run(session);
            var rounds = session.workspace().rounds().ofPlan(planId);
            java.util.Map<Long, java.util.List<org.luoshi.rounds.Submission>> forms = new java.util.HashMap<>();
            for (var r : rounds) {
                forms.put(r.id(), session.workspace().rounds().submissions(r.id()));
            }
            try {
                PlanFiles.export(whole, rounds, forms, file);
            } catch (IOException e) {
                throw new IllegalStateException(Messages.get("file.error.write", file, e.getMessage()), e);
            }
            return whole;
        };
    }

    /**
     * Reads {@code file} and stores its plan as one undoable edit; gives it as stored.
     *
     * @throws PlanExchangeException (from {@code run}) if the file is not a plan
     */
    public static UseCase<Plan> importFile(Path file) {
        return session -> {
            PlanRounds.Read read = PlanFiles.readAll(file);
            if (read.rounds().isEmpty()) {
                return PlanSaving.storeAsEdit(session, read.plan());
            }
            Plan named = PlanSaving.normalise(session.workspace(), read.plan());
            org.luoshi.edit.Change change = session.apply(new ImportPlanWithRounds(
                    org.luoshi.edit.PlanEdits.importPlan(named), read));
            return session.workspace().plans().load(change.focusPlan()).orElseThrow();
        };
    }

}
