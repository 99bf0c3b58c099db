package org.luoshi.report.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.report.PaceRules;
import org.luoshi.report.overview.Overview;
import org.luoshi.report.overview.OverviewBuilder;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.UseCase;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.Workspace;

/** The 统计 of a workspace, the same for the window and the {@code stats} command. */
public final class Stats {
    private Stats() {
    }

    /**
     * What to count.
     *
     * @param planIds the plans; empty: every plan of the workspace
     * @param unit    only the tasks of this unit (a name or an alias), or null
     * @param today   the day pace is reckoned on
     */
    public record Request(List<Long> planIds, String unit, LocalDate today) {
        public Request {
            planIds = List.copyOf(new LinkedHashSet<>(planIds));
            unit = unit == null || unit.isBlank() ? null : unit.strip();
            Objects.requireNonNull(today, "today");
        }
    }

    /**
     * The overview; the allowance is the workspace's {@code pace.allowance}.
     *
     * @throws IllegalArgumentException (with a message for the person) for an unknown plan or unit
     */
    public static UseCase<Overview> overview(Request request) {
        return overview(request, null);
    }

    /**
     * The overview, taking the plans from {@code held} (every plan of the workspace as the window
     * holds them in memory) instead of reading them again; null: read them from the file.
     */
    public static UseCase<Overview> overview(Request request, Supplier<List<Plan>> held) {
        return session -> {
            Workspace ws = session.workspace();
            PaceRules rules = new PaceRules(WorkspaceSettings.load(ws).lights().paceGracePercent());
            List<Plan> inMemory = held == null ? null : held.get();
            Map<Long, Plan> byId = new HashMap<>();
            if (inMemory != null) {
                inMemory.forEach(p -> byId.put(p.id(), p));
            }
            List<Plan> plans = new ArrayList<>();
            if (request.planIds().isEmpty()) {
                plans.addAll(inMemory != null ? inMemory : ws.plans().loadAll());
            } else {
                for (long id : request.planIds()) {
                    Plan p = byId.get(id);
                    plans.add(p != null ? p : ws.plans().load(id).orElseThrow(() ->
                            new IllegalArgumentException(Messages.get("stats.error.unknownPlan", id))));
                }
            }
            String unit = request.unit() == null ? null : unitName(ws, plans, request.unit());
            List<Round> rounds = new ArrayList<>();
            List<RoundBoard> boards = new ArrayList<>();
            for (Plan p : plans) {
                List<Round> ofPlan = ws.rounds().ofPlan(p.id());
                rounds.addAll(ofPlan);
                Round latest = OverviewBuilder.latest(ofPlan);
                if (latest != null) {
                    boards.add(Rounds.board(p, latest, request.today()).run(session));
                }
            }
            EffectiveDeadlines counting = EffectiveDeadlines.of(ws.requests().approvedExtensions(),
                    DeadlineRule.of(ws.settings().get(DeadlineRule.SETTING).orElse(null)));
            return OverviewBuilder.of(title(plans, request, unit), plans, unit, request.today(), rules, counting::apply,
                    rounds, boards);
        };
    }

    private static String unitName(Workspace ws, List<Plan> plans, String asked) {
        Set<String> held = new LinkedHashSet<>();
        plans.forEach(p -> p.tasks().forEach(t -> t.assignments().forEach(a -> held.add(a.unit().name()))));
        if (held.contains(asked)) {
            return asked;
        }
        Map<String, String> aliases = ws.units().aliases();
        String canonical = aliases.getOrDefault(asked, asked);
        if (held.contains(canonical)) {
            return canonical;
        }
        throw new IllegalArgumentException(Messages.get("stats.error.unknownUnit", asked));
    }

    private static String title(List<Plan> plans, Request request, String unit) {
        String what;
        if (plans.size() == 1) {
            what = plans.get(0).displayTitle();
        } else if (request.planIds().isEmpty()) {
            what = Messages.get("stats.title.all");
        } else if (plans.size() == 1) {
            what = plans.get(0).displayTitle();
        } else {
            what = Messages.get("stats.title.plans", plans.size());
        }
        return unit == null ? what : unit + " · " + what;
    }
}
