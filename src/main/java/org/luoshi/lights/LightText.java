package org.luoshi.lights;

import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;

/** A light and its reason in words, for tooltips and the detail pane. */
public final class LightText {
    private LightText() {
    }

    /** The colour's name: 正常 / 临近或滞后 / 逾期 / 完成. */
    public static String name(LightColor color) {
        return Messages.get("light." + color.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Why the task has this light, in one sentence. */
    public static String explain(StatusLight light) {
        String date = Dates.format(light.date());
        String what = light.what().isEmpty() ? Messages.get("light.theDeadline") : "“" + light.what() + "”";
        return switch (light.reason()) {
            case DONE -> Messages.get("light.reason.done");
            case CLOSED -> Messages.get("light.reason.closed");
            case OVERDUE -> Messages.get("light.reason.overdue", light.days(), date, what, String.valueOf(light.days()));
            case DUE_SOON -> light.days() == 0
                    ? Messages.get("light.reason.dueToday", what, date)
                    : Messages.get("light.reason.dueSoon", what, date, light.days());
            case BEHIND_PACE -> Messages.get("light.reason.behindPace", light.elapsedPercent(),
                    light.progressPercent(), date);
            case ON_TRACK -> Messages.get("light.reason.onTrack", what, date, light.days());
            case NO_DATE -> Messages.get("light.reason.noDate");
            case REPORTED_DONE -> Messages.get("light.reason.reportedDone", date, what);
        };
    }
}
