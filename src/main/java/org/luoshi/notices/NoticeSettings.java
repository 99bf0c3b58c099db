package org.luoshi.notices;

import java.util.HashMap;
import java.util.Map;

/**
 * The notices' settings kept in the workspace: each kind's number format, the next number of each
 * kind in a year, and the office that signs them with its contact. A value that cannot be read gives
 * the default (督〔{year}〕{n}号, 催〔{year}〕{n}号, next number 1).
 */
public record NoticeSettings(String superviseFormat, String urgeFormat, int nextSupervise, int nextUrge, int year,
        String office, String contact) {
    public static final String OFFICE = "notice.office";
    public static final String CONTACT = "notice.contact";

    public NoticeSettings {
        superviseFormat = NoticeNumber.usable(superviseFormat) ? superviseFormat.strip()
                : NoticeKind.SUPERVISE.defaultFormat();
        urgeFormat = NoticeNumber.usable(urgeFormat) ? urgeFormat.strip() : NoticeKind.URGE.defaultFormat();
        nextSupervise = Math.max(1, nextSupervise);
        nextUrge = Math.max(1, nextUrge);
        office = office == null ? "" : office.strip();
        contact = contact == null ? "" : contact.strip();
    }

    /** The settings of {@code year} as stored ({@code map}: every workspace setting). */
    public static NoticeSettings of(Map<String, String> map, int year) {
        return new NoticeSettings(map.get(NoticeNumber.formatKey(NoticeKind.SUPERVISE)),
                map.get(NoticeNumber.formatKey(NoticeKind.URGE)),
                intOr(map.get(NoticeNumber.nextKey(NoticeKind.SUPERVISE, year)), 1),
                intOr(map.get(NoticeNumber.nextKey(NoticeKind.URGE, year)), 1), year, map.get(OFFICE),
                map.get(CONTACT));
    }

    public String format(NoticeKind kind) {
        return kind == NoticeKind.SUPERVISE ? superviseFormat : urgeFormat;
    }

    public int next(NoticeKind kind) {
        return kind == NoticeKind.SUPERVISE ? nextSupervise : nextUrge;
    }

    /** The settings as stored. */
    public Map<String, String> toMap() {
        Map<String, String> map = new HashMap<>();
        map.put(NoticeNumber.formatKey(NoticeKind.SUPERVISE), superviseFormat);
        map.put(NoticeNumber.formatKey(NoticeKind.URGE), urgeFormat);
        map.put(NoticeNumber.nextKey(NoticeKind.SUPERVISE, year), String.valueOf(nextSupervise));
        map.put(NoticeNumber.nextKey(NoticeKind.URGE, year), String.valueOf(nextUrge));
        map.put(OFFICE, office);
        map.put(CONTACT, contact);
        return map;
    }

    static int intOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
