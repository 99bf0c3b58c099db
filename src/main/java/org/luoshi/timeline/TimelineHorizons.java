package org.luoshi.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.luoshi.plan.UsableDates;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;

/**
 * Where each plan's open-ended bars stop on the timeline, kept in the workspace's settings under
 * {@code timeline.horizon.<planId>}: every stored horizon read at once ({@link #loadAll}), one set or
 * cleared when the person picks it in the tool bar ({@link #save}, {@link #clear}). A plan without one
 * ends at its issue year's last day.
 */
public final class TimelineHorizons {
    private static final String PREFIX = "timeline.horizon.";

    private TimelineHorizons() {
    }

    /** The settings key of a plan's horizon. */
    public static String key(long planId) {
        return PREFIX + planId;
    }

    /** Every stored horizon, by plan id. */
    public static UseCase<Map<Long, LocalDate>> loadAll() {
        return new Load();
    }

    /** Stores {@code day} as the plan's horizon; null clears it. The result is {@code day}. */
    public static UseCase<LocalDate> save(long planId, LocalDate day) {
        return new Save(planId, day);
    }

    /** Forgets the plan's horizon: its open-ended bars stop at the end of its issue year again. */
    public static UseCase<LocalDate> clear(long planId) {
        return new Save(planId, null);
    }

    /** Reads every {@code timeline.horizon.*} setting; keys naming no plan id and values that are no date are left out. */
    private record Load() implements UseCase<Map<Long, LocalDate>> {
        @Override
        public Map<Long, LocalDate> run(Session session) {
            Map<Long, LocalDate> horizons = new HashMap<>();
            session.workspace().settings().all().forEach((key, value) -> {
                if (key.startsWith(PREFIX)) {
                    Long planId = planId(key.substring(PREFIX.length()));
                    LocalDate day = date(value);
                    if (planId != null && day != null) {
                        horizons.put(planId, day);
                    }
                }
            });
            return horizons;
        }
    }

    private record Save(long planId, LocalDate day) implements UseCase<LocalDate> {
        @Override
        public LocalDate run(Session session) {
            session.workspace().settings().put(key(planId), day == null ? null : day.toString());
            return day;
        }
    }

    private static Long planId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null; // not a plan id: not a horizon of ours
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : UsableDates.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return null; // a value that cannot be read is the default: the end of the issue year
        }
    }
}
