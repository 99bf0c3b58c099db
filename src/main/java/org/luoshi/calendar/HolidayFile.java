package org.luoshi.calendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;

/**
 * A holiday data file in the shape of the one shipped with the app: {@code date,kind,name} rows,
 * one per day that differs from the plain week ({@code 2027-02-06,off,春节}). The header line,
 * blank lines and {@code #} comments are skipped.
 *
 * <p>The file <em>covers</em> every year of which it lists a day from January to November. A
 * year's notice also lists the last days of December before it when New Year's Day spills back
 * (2022-12-31 in the 2023 notice); such days alone do not make the earlier year covered.
 *
 * @param days         the listed days, in file order
 * @param coveredYears the years whose whole data this file gives
 */
public record HolidayFile(List<HolidayDay> days, SortedSet<Integer> coveredYears) {

    /** Larger than any plausible holiday file (the 2020–2026 file is 6 KB). */
    static final long MAX_BYTES = 1_000_000;

    public HolidayFile {
        days = List.copyOf(days);
        coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /** Reads and checks a UTF-8 file (with or without BOM). */
    public static HolidayFile read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new HolidayFileException(Messages.get("calendar.file.notFile", file));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new HolidayFileException(Messages.get("calendar.file.tooLarge", file));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new HolidayFileException(Messages.get("calendar.file.missing", file), e);
        } catch (IOException e) {
            throw new HolidayFileException(Messages.get("calendar.file.unreadable", file), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HolidayFileException(Messages.get("calendar.file.encoding", file), e);
        }
        return parse(text);
    }

    /** Parses and checks the text of a holiday file. */
    public static HolidayFile parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<HolidayDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        SortedSet<Integer> covered = new TreeSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty() || line.startsWith("#") || (days.isEmpty() && line.toLowerCase().startsWith("date"))) {
                continue;
            }
            HolidayDay day = row(line, lineNo);
            if (!seen.add(day.date())) {
                throw new HolidayFileException(Messages.get("calendar.file.duplicate", lineNo, day.date().toString()));
            }
            days.add(day);
            if (day.date().getMonth() != Month.DECEMBER) {
                covered.add(day.date().getYear());
            }
        }
        if (days.isEmpty()) {
            throw new HolidayFileException(Messages.get("calendar.file.noDays"));
        }
        if (covered.isEmpty()) {
            throw new HolidayFileException(Messages.get("calendar.file.onlyDecember"));
        }
        return new HolidayFile(days, covered);
    }

    private static HolidayDay row(String line, int lineNo) {
        String[] fields = line.split(",", 3);
        if (fields.length < 2) {
            throw new HolidayFileException(Messages.get("calendar.file.badRow", lineNo, line));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new HolidayFileException(Messages.get("calendar.file.badDate", lineNo, fields[0].strip()), e);
        }
        if (!Dates.canShow(date)) {
            throw new HolidayFileException(Messages.get("calendar.file.outOfRange", lineNo, fields[0].strip(),
                    String.valueOf(Dates.FIRST.getYear()), String.valueOf(Dates.LAST.getYear())));
        }
        DayKind kind = DayKind.parse(fields[1]).orElseThrow(() ->
                new HolidayFileException(Messages.get("calendar.file.badKind", lineNo, fields[1].strip())));
        // A weekday listed as work is redundant but real: the 2020 notice that extended Spring
        // Festival lists Monday 3 February as the first working day again. It is accepted.
        return new HolidayDay(date, kind, fields.length > 2 ? fields[2] : "");
    }
}
