package org.luoshi.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/**
 * Keeps out of an imported plan what no view could show: a document may print any four digits as
 * a year (9999年底前, 0001年) or a day no month has (每月35日前). Such a date is left out — the
 * phrase stays, its date becomes unknown, a milestone on it is dropped — and a warning at the
 * task's line says so, as for a phrase without a year. So `import --json` prints only what
 * plan.schema.json accepts, and `import` stores only dates every view can reckon with.
 */
public final class ShowableDates {
    private ShowableDates() {
    }

    /** {@code parsed} without dates outside {@link Dates#FIRST} … {@link Dates#LAST}, with a warning for each. */
    public static ParsedPlan of(ParsedPlan parsed) {
        Plan plan = parsed.plan();
        List<ImportWarning> added = new ArrayList<>();
        LocalDate issued = plan.issuedOn();
        if (issued != null && !Dates.canShow(issued)) {
            added.add(new ImportWarning(0, Messages.get("import.warning.dateOutOfRange", issued.toString(),
                    issued.toString(), String.valueOf(Dates.FIRST.getYear()), String.valueOf(Dates.LAST.getYear()))));
            issued = null;
        }
        List<Task> tasks = new ArrayList<>(plan.tasks().size());
        for (Task t : plan.tasks()) {
            tasks.add(task(t, added));
        }
        if (added.isEmpty()) {
            return parsed;
        }
        List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(added);
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        Plan bounded = new Plan(plan.id(), plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), issued,
                plan.sourceText(), plan.parts(), plan.sections(), tasks);
        return new ParsedPlan(bounded, warnings, parsed.sourceMap());
    }

    private static Task task(Task t, List<ImportWarning> warnings) {
        List<Deadline> deadlines = new ArrayList<>(t.deadlines().size());
        boolean changed = false;
        for (Deadline d : t.deadlines()) {
            Deadline kept = deadline(d, t.sourceLine(), warnings);
            changed |= kept != d;
            deadlines.add(kept);
        }
        List<Milestone> milestones = new ArrayList<>(t.milestones().size());
        for (Milestone m : t.milestones()) {
            if (Dates.canShow(m.date())) {
                milestones.add(m);
            } else {
                changed = true;
                warnings.add(outOfRange(t, m.label(), m.date()));
            }
        }
        return changed ? t.withDeadlines(deadlines).withMilestones(milestones) : t;
    }

    private static Deadline deadline(Deadline d, int line, List<ImportWarning> warnings) {
        LocalDate date = kept(d.date(), d.raw(), line, warnings);
        LocalDate start = kept(d.start(), d.raw(), line, warnings);
        LocalDate end = kept(d.end(), d.raw(), line, warnings);
        Integer month = d.month() != null && (d.month() < 1 || d.month() > 12) ? null : d.month();
        Integer day = d.day() != null && (d.day() < 1 || d.day() > 31) ? null : d.day();
        if (d.kind() == DeadlineKind.RECURRING && (!java.util.Objects.equals(month, d.month())
                || !java.util.Objects.equals(day, d.day()))) {
            warnings.add(new ImportWarning(line, Messages.get("import.warning.noSuchDay", d.raw())));
        }
        if (date == d.date() && start == d.start() && end == d.end() && month == d.month() && day == d.day()) {
            return d;
        }
        return new Deadline(d.kind(), d.raw(), date, start, end, d.amount(), d.spanUnit(), d.recurrence(), month, day);
    }

    private static LocalDate kept(LocalDate date, String raw, int line, List<ImportWarning> warnings) {
        if (date == null || Dates.canShow(date)) {
            return date;
        }
        warnings.add(new ImportWarning(line, Messages.get("import.warning.dateOutOfRange", raw, date.toString(),
                String.valueOf(Dates.FIRST.getYear()), String.valueOf(Dates.LAST.getYear()))));
        return null;
    }

    private static ImportWarning outOfRange(Task t, String what, LocalDate date) {
        return new ImportWarning(t.sourceLine(), Messages.get("import.warning.dateOutOfRange", what, date.toString(),
                String.valueOf(Dates.FIRST.getYear()), String.valueOf(Dates.LAST.getYear())));
    }
}
