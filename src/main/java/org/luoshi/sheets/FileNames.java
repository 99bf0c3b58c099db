package org.luoshi.sheets;

import java.util.Collection;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;

/** File names for sheets: the unit's name, made safe on every file system. */
public final class FileNames {
    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /** "省发展改革委.pdf"; "-2", "-3" … if {@code taken} holds the name already (compared ignoring case). */
    public static String forUnit(String unit, String extension, Collection<String> taken) {
        return unique(safe(unit), extension, taken);
    }

    /** "晋政办发〔2023〕1号-任务分工总表.pdf", or the plan's title where it has no document number. */
    public static String forPlan(Plan plan, String extension) {
        String base = plan.docNumber() != null && !plan.docNumber().isBlank() ? plan.docNumber() : plan.displayTitle();
        return safe(base + "-" + Messages.get("sheets.plan.title")) + "." + extension;
    }

    /** Characters Windows, macOS and Linux refuse (\ / : * ? " < > | and control characters) become _. */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        name.strip().codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || "\\/:*?\"<>|".indexOf(cp) >= 0;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = sb.toString().replaceAll("^[. ]+|[. ]+$", "");
        if (s.isEmpty()) {
            s = "_";
        }
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    private static String unique(String base, String extension, Collection<String> taken) {
        String name = base + "." + extension;
        for (int i = 2; contains(taken, name); i++) {
            name = base + "-" + i + "." + extension;
        }
        return name;
    }

    private static boolean contains(Collection<String> taken, String name) {
        return taken.stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }
}
