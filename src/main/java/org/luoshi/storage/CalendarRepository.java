package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import org.luoshi.calendar.CalendarAdjustments;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.HolidayDay;
import org.luoshi.calendar.HolidayFile;

/**
 * The user's changes to the working-day calendar: holiday files loaded for newer years (or to
 * correct one) and single days set by hand. Each change is one transaction.
 */
public final class CalendarRepository {

    /** A year whose holidays the user loaded from a file. */
    public record LoadedYear(int year, String source, String loadedAt) {
    }

    private final Database db;
    private final Clock clock;

    CalendarRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Everything the calendar needs from the workspace, read in one snapshot. */
    public CalendarAdjustments adjustments() {
        return db.inTransaction("read the working-day calendar", c -> {
            Set<Integer> years = new HashSet<>();
            for (LoadedYear y : loadedYears(c)) {
                years.add(y.year());
            }
            return new CalendarAdjustments(years, days(c, "SELECT date, kind, name FROM calendar_day ORDER BY date"),
                    days(c, "SELECT date, kind, note AS name FROM calendar_edit ORDER BY date"));
        });
    }

    /** The loaded years, ascending. */
    public List<LoadedYear> loadedYears() {
        return db.inTransaction("list the loaded holiday years", CalendarRepository::loadedYears);
    }

    /** The days set by hand, by date. */
    public List<HolidayDay> edits() {
        return db.inTransaction("list the edited days",
                c -> days(c, "SELECT date, kind, note AS name FROM calendar_edit ORDER BY date"));
    }

    /**
     * Takes a holiday file's data for the years it covers, replacing what an earlier file gave for
     * those years; its December days of an earlier year are added to that year. All or nothing.
     *
     * @param source what to show as the data's origin (the file name)
     */
    public void load(HolidayFile file, String source) {
        Objects.requireNonNull(file, "file");
        String loadedAt = clock.instant().toString();
        db.inTransaction("load the holiday file", c -> {
            SortedSet<Integer> covered = file.coveredYears();
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM calendar_day WHERE notice_year = ?");
                    PreparedStatement year = c.prepareStatement(
                            "INSERT INTO calendar_year(year, source, loaded_at) VALUES (?, ?, ?)"
                                    + " ON CONFLICT (year) DO UPDATE SET source = excluded.source, loaded_at = excluded.loaded_at")) {
                for (int y : covered) {
                    delete.setInt(1, y);
                    delete.executeUpdate();
                    year.setInt(1, y);
                    year.setString(2, source == null ? "" : source);
                    year.setString(3, loadedAt);
                    year.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO calendar_day(date, kind, name, notice_year) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                            + " notice_year = excluded.notice_year")) {
                for (HolidayDay d : file.days()) {
                    Columns.setDate(ps, 1, d.date());
                    Columns.setEnum(ps, 2, d.kind());
                    ps.setString(3, d.name());
                    ps.setInt(4, noticeYear(d.date().getYear(), covered));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The notice a day came with: its own year if the file covers it, else the next covered year. */
    private static int noticeYear(int year, SortedSet<Integer> covered) {
        if (covered.contains(year)) {
            return year;
        }
        SortedSet<Integer> later = covered.tailSet(year);
        return later.isEmpty() ? covered.last() : later.first();
    }

    /**
     * Drops a loaded year: the calendar goes back to the shipped data for it, or to not knowing it.
     *
     * @return whether the year had been loaded
     */
    public boolean forget(int year) {
        return db.inTransaction("remove the loaded holiday year " + year, c -> {
            try (PreparedStatement days = c.prepareStatement("DELETE FROM calendar_day WHERE notice_year = ?");
                    PreparedStatement y = c.prepareStatement("DELETE FROM calendar_year WHERE year = ?")) {
                days.setInt(1, year);
                days.executeUpdate();
                y.setInt(1, year);
                return y.executeUpdate() > 0;
            }
        });
    }

    /** Sets one day by hand, replacing an earlier edit of it. */
    public void setDay(LocalDate date, DayKind kind, String note) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        String editedAt = clock.instant().toString();
        db.inTransaction("edit the day " + date, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO calendar_edit(date, kind, note, edited_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, note = excluded.note,"
                            + " edited_at = excluded.edited_at")) {
                Columns.setDate(ps, 1, date);
                Columns.setEnum(ps, 2, kind);
                ps.setString(3, note == null ? "" : note.strip());
                ps.setString(4, editedAt);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the edit of a day; returns whether there was one. */
    public boolean clearDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return db.inTransaction("undo the edit of " + date, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM calendar_edit WHERE date = ?")) {
                Columns.setDate(ps, 1, date);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static List<LoadedYear> loadedYears(Connection c) throws SQLException {
        List<LoadedYear> years = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT year, source, loaded_at FROM calendar_year ORDER BY year");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                years.add(new LoadedYear(rs.getInt("year"), rs.getString("source"), rs.getString("loaded_at")));
            }
        }
        return years;
    }

    private static List<HolidayDay> days(Connection c, String sql) throws SQLException {
        List<HolidayDay> days = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                days.add(new HolidayDay(Columns.getDate(rs, "date"), Columns.getEnum(rs, "kind", DayKind.class),
                        rs.getString("name")));
            }
        }
        return days;
    }
}
