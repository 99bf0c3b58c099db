package org.luoshi.sheets;

import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.plan.Deadline;

/**
 * The 完成时限 cell: each time limit as the plan words it, with the date Luoshi read from it —
 * "6月底前（2023年6月30日）" — one per line. Limits without a date (长期坚持) stand as printed.
 */
public final class DeadlineText {
    private DeadlineText() {
    }

    public static String of(List<Deadline> deadlines) {
        return deadlines.stream().map(DeadlineText::of).collect(Collectors.joining("\n"));
    }

    public static String of(Deadline d) {
        String resolved = resolved(d);
        if (resolved == null || resolved.equals(d.raw())) {
            return d.raw();
        }
        return DocumentTexts.get("sheets.deadline.resolved", d.raw(), resolved);
    }

    private static String resolved(Deadline d) {
        return switch (d.kind()) {
            case BY -> d.date() == null ? null : DocumentTexts.date(d.date());
            case FROM -> d.date() == null ? null : DocumentTexts.get("deadline.from", DocumentTexts.date(d.date()));
            case PERIOD -> d.start() == null || d.end() == null ? null
                    : DocumentTexts.get("deadline.period", DocumentTexts.date(d.start()), DocumentTexts.date(d.end()));
            default -> null;
        };
    }
}
