package org.luoshi.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who has reported in a round: per unit 已报送 (all its tasks), 部分报送 (some) or 未报送, the day its
 * current form was received and whether that was after the due day (for a unit still missing:
 * whether the due day has passed), with the counts.
 */
public record RoundBoard(Round round, LocalDate today, List<UnitState> units) {

    public RoundBoard {
        units = List.copyOf(units);
    }

    public enum State {
        SUBMITTED, PARTIAL, MISSING;

        /** The word of the JSON output. */
        public String word() {
            return switch (this) {
                case SUBMITTED -> "submitted";
                case PARTIAL -> "partial";
                case MISSING -> "missing";
            };
        }

        /** The word of the documents: 已报送, 部分报送, 未报送. */
        public String chinese() {
            return switch (this) {
                case SUBMITTED -> "已报送";
                case PARTIAL -> "部分报送";
                case MISSING -> "未报送";
            };
        }
    }

    /** The round as a whole: still open, complete, or past its due day with units missing. */
    public enum RoundState { OPEN, COMPLETE, OVERDUE }

    /**
     * @param received the day the current form was received, null if none
     * @param tasks    how many tasks the unit is asked about
     * @param reported how many of them its current form reports on
     */
    public record UnitState(String unit, State state, LocalDate received, boolean late, int tasks, int reported) {
    }

    public static RoundBoard of(RoundScope scope, Round round, Map<String, Submission> current, LocalDate today) {
        List<UnitState> units = new ArrayList<>();
        Map<String, Set<Long>> byUnit = scope.taskIdSets();
        for (String unit : scope.units()) {
            Set<Long> asked = byUnit.getOrDefault(unit, Set.of());
            Submission s = current.get(unit);
            if (s == null) {
                units.add(new UnitState(unit, State.MISSING, null, today.isAfter(round.due()), asked.size(), 0));
                continue;
            }
            int reported = (int) s.lines().stream().filter(l -> asked.contains(l.taskId())).count();
            State state = reported >= asked.size() ? State.SUBMITTED : State.PARTIAL;
            units.add(new UnitState(unit, state, s.received(), s.received().isAfter(round.due()), asked.size(), reported));
        }
        return new RoundBoard(round, today, units);
    }

    public long count(State state) {
        return units.stream().filter(u -> u.state() == state).count();
    }

    /** Units that were late or, still missing or partial, are now past the due day. */
    public List<UnitState> late() {
        return units.stream().filter(u -> u.late() || u.state() != State.SUBMITTED && today.isAfter(round.due()))
                .toList();
    }

    /** Units still to be chased: missing or partial. */
    public List<UnitState> outstanding() {
        return units.stream().filter(u -> u.state() != State.SUBMITTED).toList();
    }

    public RoundState state() {
        if (outstanding().isEmpty()) {
            return RoundState.COMPLETE;
        }
        return today.isAfter(round.due()) ? RoundState.OVERDUE : RoundState.OPEN;
    }
}
