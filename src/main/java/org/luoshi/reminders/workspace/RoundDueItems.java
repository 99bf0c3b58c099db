package org.luoshi.reminders.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueKind;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.RoundScope;
import org.luoshi.rounds.Submission;
import org.luoshi.storage.Workspace;

/**
 * The due days of a plan's progress rounds as due items, for the rounds with units still to
 * report: the reminder before the day, and the overdue one when it passes with units missing. The
 * item hangs on the round's first task (snoozes and dismissals are kept per task); its owners are the
 * units still missing.
 */
final class RoundDueItems {
    private RoundDueItems() {
    }

    static List<DueItem> of(Workspace ws, Plan plan) {
        List<DueItem> items = new ArrayList<>();
        String planLabel = plan.docNumber() != null && !plan.docNumber().isBlank() ? plan.docNumber()
                : plan.displayTitle();
        for (Round round : ws.rounds().ofPlan(plan.id())) {
            RoundScope scope = RoundScope.of(plan, round);
            if (scope.tasks().isEmpty()) {
                continue;
            }
            Map<String, Submission> current = new LinkedHashMap<>();
            for (Submission s : ws.rounds().submissions(round.id())) {
                if (s.current()) {
                    current.put(s.unit(), s);
                }
            }
            List<String> missing = RoundBoard.of(scope, round, current, round.due()).outstanding().stream()
                    .map(RoundBoard.UnitState::unit).toList();
            if (missing.isEmpty()) {
                continue;
            }
            items.add(new DueItem("r" + round.id() + ":" + round.due(), DueKind.ROUND, round.due(), plan.id(), planLabel,
                    scope.tasks().get(0).id(), "", round.period() + " 进展报送", round.period() + " 进展报送截止", "",
                    null, missing, List.of()));
        }
        return items;
    }
}
