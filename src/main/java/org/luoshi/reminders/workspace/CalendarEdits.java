package org.luoshi.reminders.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.HolidayFile;
import org.luoshi.calendar.HolidayFileException;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.i18n.Messages;
import org.luoshi.session.UseCase;
import org.luoshi.storage.CalendarRepository;

/**
 * The working-day calendar as the workspace keeps it — years loaded from holiday files, days set by
 * hand — read and changed the same from the calendar dialog and from {@code luoshi calendar}. Each
 * change is one transaction; the reminders are dated again by whoever asked for it.
 */
public final class CalendarEdits {
    /** A year the calendar knows, and the file it was loaded from; {@code loadedFrom} null: the shipped data. */
    public record Year(int year, String loadedFrom) {
        public boolean loaded() {
            return loadedFrom != null;
        }
    }

    /** What there is to show, read in one go: the known years, the days set by hand, the calendar in use. */
    public record View(List<Year> years, List<HolidayDay> edits, WorkingDayCalendar calendar) {
        public View {
            years = List.copyOf(years);
            edits = List.copyOf(edits);
        }
    }

    /** What loading a holiday file came to: the sentence to show, and whether the file was refused (then nothing changed). */
    public record Loading(String message, boolean refused) {
    }

    private CalendarEdits() {
    }

    /** The known years with their origin, the edited days and the calendar with the workspace's changes on {@code shipped}. */
    public static UseCase<View> view(WorkingDayCalendar shipped) {
        return session -> {
            CalendarRepository stored = session.workspace().calendar();
            WorkingDayCalendar calendar = calendar(shipped).run(session);
            List<CalendarRepository.LoadedYear> loaded = stored.loadedYears();
            List<Year> years = calendar.knownYears().stream().map(y -> new Year(y, loaded.stream()
                    .filter(l -> l.year() == y).map(CalendarRepository.LoadedYear::source).findFirst().orElse(null)))
                    .toList();
            return new View(years, stored.edits(), calendar);
        };
    }

    /** The calendar in use: {@code shipped} with the workspace's loaded years and edited days. */
    public static UseCase<WorkingDayCalendar> calendar(WorkingDayCalendar shipped) {
        return session -> WorkspaceReminders.calendar(session.workspace(), shipped);
    }

    /** Stores a holiday file already read, for the years it covers; {@code source} names where it came from. */
    public static UseCase<HolidayFile> load(HolidayFile holidays, String source) {
        return session -> {
            session.workspace().calendar().load(holidays, source);
            return holidays;
        };
    }

    /** Reads a holiday file and stores it under its file name; a bad file is refused with its reason. */
    public static UseCase<Loading> loadFile(Path file) {
        return session -> {
            HolidayFile holidays;
            try {
                holidays = HolidayFile.read(file);
            } catch (HolidayFileException e) {
                return new Loading(e.getMessage(), true);
            }
            load(holidays, file.getFileName().toString()).run(session);
            return new Loading(loadedMessage(holidays), false);
        };
    }

    /** The sentence saying which years a stored holiday file brought, and how many days. */
    public static String loadedMessage(HolidayFile holidays) {
        return Messages.get("cli.calendar.loadedYears", holidays.coveredYears().stream().map(String::valueOf)
                .collect(Collectors.joining("、")), holidays.days().size());
    }

    /** Sets a day by hand (a day off or a working day), replacing an earlier edit of it. */
    public static UseCase<Void> setDay(LocalDate day, DayKind kind, String note) {
        return session -> {
            session.workspace().calendar().setDay(day, kind, note);
            return null;
        };
    }

    /** Takes back the edit of a day; gives whether there was one. */
    public static UseCase<Boolean> clearDay(LocalDate day) {
        return session -> session.workspace().calendar().clearDay(day);
    }

    /** Drops a loaded year (back to the shipped data for it, or to not knowing it); gives whether it was loaded. */
    public static UseCase<Boolean> forget(int year) {
        return session -> session.workspace().calendar().forget(year);
    }
}
