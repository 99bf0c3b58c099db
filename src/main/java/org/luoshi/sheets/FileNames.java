package org.luoshi.sheets;

import java.util.Collection;
import java.util.List;
import org.luoshi.files.FileNameFit;
import org.luoshi.i18n.DocumentTexts;
import org.luoshi.plan.Plan;

/**
 * File names for sheets: the plan's document number, the unit's name and "任务分工表" (or the plan's
 * number or title and "任务分工总表" for the whole plan), made safe on every file
 * system and cut to fit by {@link FileNameFit}: by UTF-8 bytes, between two graphemes, the
 * extension and the "-2" that keeps it unique inside the limit.
 */
public final class FileNames {
    private FileNames() {
    }

    /** "省发展改革委.pdf"; "-2", "-3" … if {@code taken} holds the name already (compared ignoring case). */
    public static String forUnit(String unit, String extension, Collection<String> taken) {
        return forUnit(unit, extension, taken, FileNameFit.NAME_MAX);
    }

    /** The same, cut to fit {@code room} (what a folder leaves: {@link FileNameFit#roomIn}). */
    public static String forUnit(String unit, String extension, Collection<String> taken, FileNameFit.Room room) {
        return FileNameFit.name(unit, extension, taken, room);
    }

    /** "晋政办发〔2023〕1号-任务分工总表.pdf", or the plan's title where it has no document number. */
    public static String forPlan(Plan plan, String extension) {
        return forPlan(plan, extension, FileNameFit.NAME_MAX);
    }

    /** The same, cut to fit {@code room}: the plan's part is cut, "-任务分工总表" is kept. */
    public static String forPlan(Plan plan, String extension, FileNameFit.Room room) {
        String base = plan.docNumber() != null && !plan.docNumber().isBlank() ? plan.docNumber() : plan.displayTitle();
        String tail = FileNameFit.base("-" + DocumentTexts.get("sheets.plan.title")) + "." + extension;
        return FileNameFit.name(base, "", List.of(), room.less(tail)) + tail;
    }

    /**
     * "晋政办发〔2023〕1号-省发展改革委-任务分工表.pdf": the unit's sheet named with the plan's document
     * number, so sheets of two plans never take each other's place; the unit's name alone
     * ("省发展改革委.pdf") where the plan has none. "-2", "-3" … if {@code taken} holds the name
     * already. Too long a name is cut in its unit part; "-任务分工表" is kept.
     */
    public static String forUnitOf(Plan plan, String unit, String extension, Collection<String> taken) {
        return forUnitOf(plan, unit, extension, taken, FileNameFit.NAME_MAX);
    }

    /** The same, cut to fit {@code room}. */
    public static String forUnitOf(Plan plan, String unit, String extension, Collection<String> taken,
            FileNameFit.Room room) {
        boolean numbered = plan != null && plan.docNumber() != null && !plan.docNumber().isBlank();
        if (!numbered) {
            return forUnit(unit, extension, taken, room);
        }
        String tail = FileNameFit.base("-" + DocumentTexts.get("sheets.file.unit"));
        // room for the tail and a "-999" that keeps the name unique
        String head = FileNameFit.cut(FileNameFit.base(plan.docNumber() + "-" + unit),
                room.less(tail + "-999." + extension));
        return FileNameFit.name(head + tail, extension, taken, room);
    }
}
