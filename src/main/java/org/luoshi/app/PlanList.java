package org.luoshi.app;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;
import org.luoshi.find.TaskFactsCache;
import org.luoshi.find.TaskIndex;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.UnitDirectory;
import org.luoshi.plan.UnitTaskCount;
import org.luoshi.session.PlanCache;
import org.luoshi.session.Session;
import org.luoshi.session.WorkspaceReads;

/**
 * The workspace's plans as the window lists them: read at opening with the first plan, every task
 * indexed once the first screen is drawn, read again when units are merged, and the counts in the
 * status bar.
 */
final class PlanList {
    private final Session session;
    private final PlanCache cache;
    private final TaskFactsCache facts;
    private final PlanOnShow planOnShow;
    private final Consumer<String> say;
    private final Runnable changed;
    private final Consumer<Throwable> failed;
    private final Executor afterFirstFrame;
    private final ReadOnlyListWrapper<PlanSummary> plans =
            new ReadOnlyListWrapper<>(this, "plans", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper indexReady = new ReadOnlyBooleanWrapper(this, "indexReady", false);

    /**
     * @param changed         told when the data on show has to be worked out again
     * @param afterFirstFrame runs the indexing once the first screen is drawn (tests: at once)
     */
    PlanList(Session session, PlanCache cache, TaskFactsCache facts, PlanOnShow planOnShow, Consumer<String> say,
            Runnable changed, Consumer<Throwable> failed, Executor afterFirstFrame) {
        this.session = session;
        this.cache = cache;
        this.facts = facts;
        this.planOnShow = planOnShow;
        this.say = say;
        this.changed = changed;
        this.failed = failed;
        this.afterFirstFrame = afterFirstFrame;
    }

    /** The workspace was opened: its plans are listed, {@code first} is on show, the rest is indexed after the first frame. */
    void opened(List<PlanSummary> list, Plan first, List<UnitTaskCount> counts, UnitDirectory units) {
        if (first != null) {
            cache.put(first);
        }
        show(list, counts, units);
        planOnShow.set(first);
        loaded.set(true);
        // Indexed once the first screen is drawn: on two cores it would slow the very frame the user waits for.
        afterFirstFrame.execute(this::loadIndex);
    }

    /** Reads everything again, after the unit directory changed under every plan (units merged). */
    void reload() {
        session.run(Messages.get("app.loading"), WorkspaceReads::overview, o -> {
            cache.forgetPlans();
            indexReady.set(false);
            Plan current = planOnShow.property().get();
            boolean stillThere = current != null && o.plans().stream().anyMatch(p -> p.id() == current.id());
            show(o.plans(), o.unitCounts(), o.units());
            planOnShow.set(null);
            if (stillThere || !o.plans().isEmpty()) {
                planOnShow.show(stillThere ? current.id() : o.plans().get(0).id(), p -> { });
            }
            loadIndex();
        }, failed);
    }

    /** Reads the workspace's unit aliases again (one was added in the unit directory). */
    void refreshUnitAliases() {
        session.run(Messages.get("app.loading"), WorkspaceReads::units, cache::useUnits);
    }

    private void show(List<PlanSummary> list, List<UnitTaskCount> counts, UnitDirectory units) {
        cache.useUnitCounts(counts);
        cache.useUnits(units);
        take(list);
    }

    private void loadIndex() {
        session.runWithProgress(Messages.get("app.indexing"), WorkspaceReads::allPlans, all -> {
            cache.indexed(all, TaskIndex.of(all));
            facts.clear();
            indexReady.set(true);
            changed.run();
        }, failed);
    }

    /** The list of plans as read after a change (null: unchanged); the counts follow it. */
    void take(List<PlanSummary> list) {
        if (list != null) {
            plans.setAll(list);
        }
        int taskTotal = plans.stream().mapToInt(PlanSummary::taskCount).sum();
        say.accept(plans.isEmpty() ? Messages.get("app.noPlans")
                : Messages.get("app.planCount", plans.size(), taskTotal));
    }

    ReadOnlyListProperty<PlanSummary> plansProperty() {
        return plans.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty indexReadyProperty() {
        return indexReady.getReadOnlyProperty();
    }
}
