package org.luoshi.reminders;

import org.luoshi.i18n.Messages;

/** Due items and reminders put into words, the same in the window, the digest, the CLI and .ics. */
public final class DueText {
    private DueText() {
    }

    /** "7 working days before" / "on the day". */
    public static String offset(int workingDays) {
        return workingDays == 0 ? Messages.get("reminders.offset.onTheDay")
                : Messages.get("reminders.offset.before", workingDays);
    }

    /**
     * "已逾期 3 天" (calendar days, as the status lights count them) / "due today" / "due in 5
     * working days".
     */
    public static String urgency(DueEntry e) {
        Integer left = e.workingDaysLeft();
        return switch (e.urgency()) {
            case OVERDUE -> e.daysLate() <= 0 ? Messages.get("reminders.urgency.overdue")
                    : Messages.get("reminders.urgency.overdueBy", e.daysLate(), String.valueOf(e.daysLate()));
            case TODAY -> Messages.get("reminders.urgency.today");
            case UPCOMING -> left == null ? Messages.get("reminders.urgency.upcoming")
                    : left == 0 ? Messages.get("reminders.urgency.nextWorkingDay")
                    : Messages.get("reminders.urgency.in", left);
        };
    }

    /** Milestone / deadline / end of period / recurring report date. */
    public static String kind(DueKind kind) {
        return Messages.get("reminders.kind." + kind.name());
    }

    /** The units holding the task: lead and responsible, then cooperating in brackets. */
    public static String units(DueItem item) {
        String owners = String.join("、", item.owners());
        if (item.cooperating().isEmpty()) {
            return owners;
        }
        String coop = Messages.get("reminders.units.cooperating", String.join("、", item.cooperating()));
        return owners.isEmpty() ? coop : owners + " " + coop;
    }
}
