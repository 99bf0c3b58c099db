package org.luoshi.reminders;

import java.time.LocalDate;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.plan.Plan;
import org.luoshi.plan.UsableDates;

/** What an .ics export of a plan spans, and what it is called. */
public final class IcsWindow {
    private IcsWindow() {
    }

    /**
     * Recurring dates from the plan's issue (else the start of this year) to the end of the last
     * year the calendar knows, or of this year if that is later: a calendar file cannot ask for
     * more later, so it carries what can be dated now.
     */
    public static DueItems.Window of(Plan plan, WorkingDayCalendar calendar, LocalDate today) {
        LocalDate issued = UsableDates.of(plan.issuedOn());
        LocalDate from = issued != null ? issued : today.withDayOfYear(1);
        int lastYear = Math.max(today.getYear(), calendar.knownYears().isEmpty() ? today.getYear()
                : calendar.knownYears().last());
        return new DueItems.Window(from, LocalDate.of(lastYear, 12, 31), false);
    }

    /** The calendar's display name: the plan's document number or title, and the unit if one. */
    public static String name(Plan plan, String unit) {
        String label = plan.docNumber() != null && !plan.docNumber().isBlank() ? plan.docNumber() : plan.displayTitle();
        return unit == null || unit.isBlank() ? label : label + " · " + unit.strip();
    }
}
