package org.luoshi.report.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.TreeMap;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.UnitOrder;
import org.luoshi.report.PaceClass;
import org.luoshi.report.PaceRules;
import org.luoshi.report.TaskPace;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;

/**
 * Builds an {@link Overview} from plans, the rounds' boards and the pace rules. Pure.
 *
 * <ul>
 * <li>Tasks: every task of the plans; with a unit, only those in which the unit holds a role.</li>
 * <li>Per unit: every unit holding a role in a counted task; 牵头 counts the tasks it leads, 负责 those
 * it is jointly responsible for, 全部 every task it holds a role in (配合 too), each task once.</li>
 * <li>Late reporters: from the latest round of each plan (the latest due day, then the latest
 * opened), the units that reported after the due day or, the due day past, have not (fully)
 * reported; with a unit, only that unit.</li>
 * <li>Trend: one point per due day of the plans' rounds, up to today. A task counts as done on a day
 * when a report of 100 % is dated on or before it, or when it is marked done (已完成 / 已销号) and
 * its latest report is dated on or before it (or it has none: the office's marking is not dated).
 * The mean takes each task's latest percent reported by the day, 100 for a task done by then.</li>
 * </ul>
 */
public final class OverviewBuilder {
    private OverviewBuilder() {
    }

    /**
     * @param plans  the plans, in the order they are listed
     * @param unit   the unit to restrict to, or null
     * @param rounds the plans' rounds, any order (the trend)
     * @param boards boards as of {@code today} of (at least) the latest round of each plan, any order
     */
    public static Overview of(String title, List<Plan> plans, String unit, LocalDate today, PaceRules rules,
            List<Round> rounds, List<RoundBoard> boards) {
        return of(title, plans, unit, today, rules, UnaryOperator.identity(), rounds, boards);
    }

    /**
     * As above, the pace reckoned on the dates that count: {@code counting} gives each task with the dates the
     * office counts in place (approved extensions under its deadline rule, issue 17).
     */
    public static Overview of(String title, List<Plan> plans, String unit, LocalDate today, PaceRules rules,
            UnaryOperator<Task> counting, List<Round> rounds, List<RoundBoard> boards) {
        List<OverviewTask> tasks = new ArrayList<>();
        PaceCounts.Builder all = new PaceCounts.Builder();
        Map<String, Map<RoleScope, PaceCounts.Builder>> perUnit = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (Plan plan : plans) {
            titles.put(plan.id(), plan.displayTitle());
            for (Task t : plan.tasks()) {
                if (unit != null && t.roleOf(unit) == null) {
                    continue;
                }
                TaskPace pace = rules.of(t, counting.apply(t), plan.issuedOn(), today);
                tasks.add(new OverviewTask(plan.id(), plan.displayTitle(), pace));
                all.add(pace.pace());
                Set<String> seen = new LinkedHashSet<>();
                for (Assignment a : t.assignments()) {
                    String name = a.unit().name();
                    if (!seen.add(name)) {
                        continue;
                    }
                    firstSeen.putIfAbsent(name, firstSeen.size());
                    Map<RoleScope, PaceCounts.Builder> row = perUnit.computeIfAbsent(name, n -> newRow());
                    Role role = t.roleOf(name);
                    for (RoleScope scope : RoleScope.values()) {
                        if (scope.takes(role)) {
                            row.get(scope).add(pace.pace());
                        }
                    }
                }
            }
        }
        List<UnitRow> units = new ArrayList<>();
        perUnit.forEach((name, row) -> {
            Map<RoleScope, PaceCounts> counts = new EnumMap<>(RoleScope.class);
            row.forEach((scope, b) -> counts.put(scope, b.build()));
            units.add(new UnitRow(name, counts));
        });
        units.sort(Comparator.comparingInt((UnitRow r) -> -r.of(RoleScope.ALL).total())
                .thenComparing(UnitRow::unit, UnitOrder.COLLATOR));
        return new Overview(title, unit, today, rules.allowance(), tasks, all.build(), units,
                late(boards, titles, unit), trend(tasks, rounds, today));
    }

    private static Map<RoleScope, PaceCounts.Builder> newRow() {
        Map<RoleScope, PaceCounts.Builder> row = new EnumMap<>(RoleScope.class);
        for (RoleScope r : RoleScope.values()) {
            row.put(r, new PaceCounts.Builder());
        }
        return row;
    }

    /** Which round is a plan's latest: the latest due day, then the latest opened, then the last made. */
    static final Comparator<Round> ORDER = Comparator.comparing(Round::due).thenComparing(Round::openedOn)
            .thenComparingLong(Round::id);

    /** The latest of {@code rounds}, or null. */
    public static Round latest(List<Round> rounds) {
        return rounds.stream().max(ORDER).orElse(null);
    }

    private static List<LateReporter> late(List<RoundBoard> boards, Map<Long, String> titles, String unit) {
        Map<Long, RoundBoard> latest = new LinkedHashMap<>();
        for (RoundBoard b : boards) {
            RoundBoard held = latest.get(b.round().planId());
            if (held == null || ORDER.compare(b.round(), held.round()) > 0) {
                latest.put(b.round().planId(), b);
            }
        }
        List<LateReporter> out = new ArrayList<>();
        for (RoundBoard b : latest.values()) {
            if (!titles.containsKey(b.round().planId())) {
                continue;
            }
            Round r = b.round();
            for (RoundBoard.UnitState u : b.late()) {
                if (unit == null || unit.equals(u.unit())) {
                    out.add(new LateReporter(r.planId(), titles.get(r.planId()), r.id(), r.period(), r.due(), u.unit(),
                            u.state(), u.received()));
                }
            }
        }
        return out;
    }

    private static List<TrendPoint> trend(List<OverviewTask> tasks, List<Round> rounds, LocalDate today) {
        TreeMap<LocalDate, Set<String>> days = new TreeMap<>();
        for (Round r : rounds) {
            if (!r.due().isAfter(today)) {
                days.computeIfAbsent(r.due(), d -> new LinkedHashSet<>()).add(r.period());
            }
        }
        List<TrendPoint> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<String>> day : days.entrySet()) {
            LocalDate d = day.getKey();
            int done = 0;
            long sum = 0;
            for (OverviewTask ot : tasks) {
                Task t = ot.pace().task();
                ProgressEntry latest = null;
                boolean reportedAll = false;
                for (ProgressEntry p : t.progress()) {
                    if (!p.date().isAfter(d)) {
                        if (p.percent() >= 100) {
                            reportedAll = true;
                        }
                        if (latest == null || p.date().isAfter(latest.date())
                                || p.date().equals(latest.date()) && p.id() > latest.id()) {
                            latest = p;
                        }
                    }
                }
                ProgressEntry newest = t.latestProgress();
                boolean markedByThen = t.isFinished() && (newest == null || !newest.date().isAfter(d));
                if (reportedAll || markedByThen) {
                    done++;
                    sum += 100;
                } else {
                    sum += latest == null ? 0 : latest.percent();
                }
            }
            int n = tasks.size();
            out.add(new TrendPoint(d, String.join("、", day.getValue()), n, done, n == 0 ? 0 : (double) sum / n));
        }
        return out;
    }
}
