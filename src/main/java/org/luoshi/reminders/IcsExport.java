package org.luoshi.reminders;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.luoshi.calendar.UnknownYearException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.files.AtomicFiles;
import org.luoshi.files.SafeText;
import org.luoshi.i18n.DocumentTexts;

/**
 * Due items as an iCalendar file that Outlook, a phone or any calendar imports: one all-day event
 * per item, and one alarm (VALARM) per reminder rule, so the calendar reminds on the right working
 * day even when Luoshi is closed. Each alarm's trigger is relative to the event's start (local
 * midnight of the due day) and lands at {@link Reminder#FIRE_AT} on the day the rule gives:
 * 7 working days before 2023-06-30 is 2023-06-20 09:00, a trigger of -P9DT15H. UIDs are stable,
 * so importing a newer export updates the events instead of doubling them. Texts are
 * {@link SafeText safe}: no control characters reach the file.
 */
public final class IcsExport {
    static final String PRODUCT = "-//Luoshi//Luoshi reminders//ZH";

    /** What was written. {@code missingYears} counts alarms left out for lack of calendar data. */
    public record Result(int events, int alarms, SortedMap<Integer, Integer> missingYears) {
    }

    private final ReminderRuleBook rules;
    private final WorkingDayCalendar calendar;
    private final Instant stamp;

    /** @param stamp the export time (DTSTAMP of every event) */
    public IcsExport(ReminderRuleBook rules, WorkingDayCalendar calendar, Instant stamp) {
        this.rules = rules;
        this.calendar = calendar;
        this.stamp = stamp;
    }

    /** The calendar of {@code items}, by date; {@code name} becomes the calendar's display name. */
    public Calendar build(Collection<DueItem> items, String name, SortedMap<Integer, Integer> missing) {
        Calendar cal = new Calendar()
                .withProdId(PRODUCT)
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", SafeText.line(name)))
                .getFluentTarget();
        List<DueItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::key));
        for (DueItem item : sorted) {
            cal.add(event(item, missing));
        }
        return cal;
    }

    /** Writes the calendar to {@code out} through a temporary file, so a failure leaves no half file. */
    public Result write(Collection<DueItem> items, String name, Path out) throws IOException {
        SortedMap<Integer, Integer> missing = new TreeMap<>();
        Calendar cal = build(items, name, missing);
        AtomicFiles.stream(out, stream -> {
            // ical4j closes the writer (and so the stream) when done
            try (Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                new CalendarOutputter(true).output(cal, w);
            } catch (ValidationException e) {
                throw new IOException("the calendar did not validate: " + e.getMessage(), e);
            }
        });
        int alarms = cal.getComponents().stream().mapToInt(c -> ((VEvent) c).getAlarms().size()).sum();
        return new Result(cal.getComponents().size(), alarms, missing);
    }

    private VEvent event(DueItem item, SortedMap<Integer, Integer> missing) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid("luoshi-" + item.key().replace(':', '-') + "@plan" + item.planId() + ".luoshi"));
        event.add(new DtStart<>(item.date()));
        event.add(new DtEnd<>(item.date().plusDays(1)));
        event.add(new Summary(SafeText.line(DocumentTexts.get("ics.summary", item.taskNumber(), item.title()))));
        event.add(new Description(SafeText.text(description(item))));
        event.add(new Categories(SafeText.line(item.planLabel())));
        event.add(new Transp(Transp.VALUE_TRANSPARENT));
        for (int offset : rules.rulesFor(item).offsets()) {
            LocalDate on;
            try {
                on = calendar.addWorkingDays(item.date(), -offset);
            } catch (UnknownYearException e) {
                missing.merge(e.year(), 1, Integer::sum);
                continue;
            }
            event.add(alarm(item, offset, on));
        }
        return event;
    }

    private static VAlarm alarm(DueItem item, int offset, LocalDate on) {
        Duration trigger = Duration.between(item.date().atStartOfDay(), on.atTime(Reminder.FIRE_AT));
        VAlarm alarm = new VAlarm(trigger);
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(SafeText.line((offset == 0 ? DocumentTexts.get("reminders.offset.onTheDay")
                : DocumentTexts.get("reminders.offset.before", offset)) + "：" + DocumentTexts.get("ics.summary",
                item.taskNumber(), item.title()))));
        return alarm;
    }

    private static String description(DueItem item) {
        StringBuilder b = new StringBuilder(item.taskText());
        if (!item.owners().isEmpty()) {
            b.append("\n").append(DocumentTexts.get("ics.owners", String.join("、", item.owners())));
        }
        if (!item.cooperating().isEmpty()) {
            b.append("\n").append(DocumentTexts.get("ics.cooperating", String.join("、", item.cooperating())));
        }
        if (!item.limit().isBlank()) {
            b.append("\n").append(DocumentTexts.get("ics.limit", item.limit()));
        }
        b.append("\n").append(item.planLabel());
        return b.toString();
    }
}
