package org.luoshi.exchange;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.rounds.ReportLine;

/**
 * A plan's progress rounds as plan JSON carries them: each round with its period, due day, units,
 * tasks and the forms received in it; tasks are named by their place in the file's {@code tasks}
 * (1-based), rounds by their place in {@code rounds}, so that nothing depends on the ids of the
 * workspace that wrote the file. A progress entry reported in a round names that round and its unit.
 */
public final class PlanRounds {
    private PlanRounds() {
    }

    /**
     * A round.
     *
     * @param tasks the places of the tasks it asks about (empty: all not closed)
     */
    public record ExchangedRound(String period, LocalDate due, String dueRule, String contact, LocalDate openedOn,
            List<String> units, List<Integer> tasks, List<ExchangedSubmission> submissions) {
        public ExchangedRound {
            units = List.copyOf(units);
            tasks = List.copyOf(tasks);
            submissions = List.copyOf(submissions);
        }
    }

    /**
     * A form received in a round.
     *
     * @param replacedBy the place (0-based) in the round's submissions of the form that replaced
     *                   it, or -1 if it is current
     * @param lines      each with {@code taskId} the task's place in the file (1-based)
     */
    public record ExchangedSubmission(String unit, LocalDate received, String fileName, String reporter, String phone,
            int replacedBy, List<ReportLine> lines) {
        public ExchangedSubmission {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A progress entry reported in a round: the entry as read (no round yet: rounds are stored
     * after the plan), its task's place (1-based) and its round's place (1-based).
     */
    public record ProgressLink(int task, ProgressEntry entry, int round) {
    }

    /** A plan file read whole: the plan (unsaved, its entries without rounds), its rounds, and which entries were reported in which. */
    public record Read(org.luoshi.plan.Plan plan, List<ExchangedRound> rounds, List<ProgressLink> links) {
        public Read {
            rounds = List.copyOf(rounds);
            links = List.copyOf(links);
        }
    }
}
