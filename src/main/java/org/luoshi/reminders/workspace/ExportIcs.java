package org.luoshi.reminders.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Plan;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.IcsExport;
import org.luoshi.reminders.IcsWindow;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/**
 * A plan's open deadlines and milestones — all units' or one's — written to an .ics file with an
 * alarm for each reminder rule, the same from File → Export to calendar and from {@code luoshi ics}.
 * Recurring dates as far as {@link IcsWindow} reaches from the clock's today.
 */
public final class ExportIcs implements UseCase<IcsExport.Result> {
    private final Plan plan;
    private final String unit;
    private final Path file;
    private final WorkingDayCalendar shipped;
    private final Clock clock;

    /** {@code unit} null: every unit's items. */
    public ExportIcs(Plan plan, String unit, Path file, WorkingDayCalendar shipped, Clock clock) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.unit = unit;
        this.file = Objects.requireNonNull(file, "file");
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IcsExport.Result run(Session session) throws IOException {
        Workspace ws = session.workspace();
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        WorkspaceReminders.Snapshot s = WorkspaceReminders.load(ws, shipped, plan,
                IcsWindow.of(plan, WorkspaceReminders.calendar(ws, shipped), today));
        List<DueItem> items = s.items().stream().filter(i -> !s.states().isDone(i))
                .filter(i -> unit == null || i.involves(unit)).toList();
        return new IcsExport(s.rules(), s.calendar(), clock.instant()).write(items, IcsWindow.name(plan, unit), file);
    }
}
