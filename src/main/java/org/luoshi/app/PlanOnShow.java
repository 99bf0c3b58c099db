package org.luoshi.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UsableDates;
import org.luoshi.session.PlanCache;
import org.luoshi.session.Session;
import org.luoshi.session.WorkspaceReads;

/**
 * Which plan the window shows: read from the workspace when it is not in memory yet, replaced by
 * its new version after an edit, and — when it is deleted — replaced by the first plan left.
 */
final class PlanOnShow {
    private final Session session;
    private final PlanCache cache;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Long> requested = new ReadOnlyObjectWrapper<>(this, "planRequested");
    private final ReadOnlyStringWrapper dateWarning = new ReadOnlyStringWrapper(this, "dateWarning");
    private final ReadOnlyIntegerWrapper unusableDates = new ReadOnlyIntegerWrapper(this, "unusableDates");

    PlanOnShow(Session session, PlanCache cache, Consumer<Throwable> failed) {
        this.session = session;
        this.cache = cache;
        this.failed = failed;
        plan.addListener((obs, old, now) -> {
            unusableDates.set(now == null ? 0 : UsableDates.in(now).size());
            dateWarning.set(dateWarning(now));
        });
    }

    /**
     * The flag for stored dates of {@code plan} that no view can show (left out of every
     * reckoning, see {@link UsableDates}), or null when it has none.
     */
    static String dateWarning(Plan plan) {
        List<UsableDates.Unusable> unusable = plan == null ? List.of() : UsableDates.in(plan);
        if (unusable.isEmpty()) {
            return null;
        }
        return Messages.get("app.dateWarning", unusable.size(),
                String.join(Messages.get("date.unusable.separator"), unusable.stream().limit(3)
                        .map(UsableDates.Unusable::describe).toList()) + (unusable.size() > 3 ? " …" : ""));
    }

    /** Shows {@code summary}'s plan, and asks the window to bring its view to the front. */
    void select(PlanSummary summary) {
        if (summary != null) {
            show(summary.id(), p -> {
                if (p != null) {
                    requested.set(null);
                    requested.set(p.id());
                }
            });
        }
    }

    /** Makes the plan with this id the plan on show; {@code then} gets it (null if there is none). */
    void show(long planId, Consumer<Plan> then) {
        Plan known = cache.plan(planId);
        if (known != null) {
            if (plan.get() != known) {
                plan.set(known);
            }
            then.accept(known);
            return;
        }
        session.run(Messages.get("app.loading"), s -> WorkspaceReads.plan(s, planId), p -> {
            if (p != null) {
                cache.put(p);
                plan.set(p);
            }
            then.accept(p);
        }, failed);
    }

    /** Shows {@code first} (or nothing) without reading. */
    void set(Plan first) {
        plan.set(first);
    }

    /** After a change or a new reading: the plan on show in its new version, or the first of {@code plans} if it is gone. */
    void follow(List<PlanSummary> plans, boolean deleted) {
        Plan current = plan.get();
        if (current == null) {
            return;
        }
        Plan now = cache.plan(current.id());
        if (now == null && deleted) {
            plan.set(null);
            if (!plans.isEmpty()) {
                show(plans.get(0).id(), p -> { });
            }
        } else if (now != null && now != current) {
            plan.set(now);
        }
    }

    ReadOnlyObjectProperty<Plan> property() {
        return plan.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Long> requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    /** What is wrong with the dates of the plan on show, for the status bar; null while nothing is. */
    ReadOnlyStringProperty dateWarningProperty() {
        return dateWarning.getReadOnlyProperty();
    }

    /** How many stored dates of the plan on show no view can show. */
    ReadOnlyIntegerProperty unusableDatesProperty() {
        return unusableDates.getReadOnlyProperty();
    }
}
