package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.luoshi.plan.Part;
import org.luoshi.plan.Section;

/**
 * The part and section rows of a plan being saved, found by the printed numbers that tasks
 * carry. Sections are numbered within their part (一、 has its （一）, and so has 二、), so a
 * section is looked up by part and number; a task that gives only the number still finds a
 * section whose number is unique in the plan.
 */
final class HeadingIds {

    private record SectionKey(String part, String number) {
    }

    private final Map<String, Long> parts = new HashMap<>();
    private final Map<SectionKey, Long> sections = new HashMap<>();
    private final Map<String, List<Long>> sectionsByNumber = new HashMap<>();

    private HeadingIds() {
    }

    /** Inserts the plan's parts and sections in their order and remembers their ids. */
    static HeadingIds insert(Connection c, long planId, List<Part> parts, List<Section> sections)
            throws SQLException {
        HeadingIds ids = new HeadingIds();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO part(plan_id, ord, number, title) VALUES (?, ?, ?, ?) RETURNING id")) {
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                ps.setLong(1, planId);
                ps.setInt(2, i);
                ps.setString(3, part.number());
                ps.setString(4, part.title());
                long id = Columns.insertReturningId(ps);
                if (part.number() != null) {
                    ids.parts.putIfAbsent(part.number(), id);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO section(plan_id, part_id, ord, number, title) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                ps.setLong(1, planId);
                Columns.setId(ps, 2, ids.part(section.part(), "section " + section.number()));
                ps.setInt(3, i);
                ps.setString(4, section.number());
                ps.setString(5, section.title());
                long id = Columns.insertReturningId(ps);
                if (section.number() != null) {
                    ids.sections.putIfAbsent(new SectionKey(section.part(), section.number()), id);
                    ids.sectionsByNumber.computeIfAbsent(section.number(), n -> new ArrayList<>()).add(id);
                }
            }
        }
        return ids;
    }

    /**
     * The id of the part printed {@code number}, or null for no part.
     *
     * @param who what names the part, for the error message ("task 3")
     * @throws IllegalArgumentException if the plan has no such part
     */
    Long part(String number, String who) {
        if (number == null) {
            return null;
        }
        Long id = parts.get(number);
        if (id == null) {
            throw new IllegalArgumentException("The " + who + " is in part " + number
                    + ", which the plan does not list.");
        }
        return id;
    }

    /**
     * The id of section {@code number} of part {@code part}, or null for no section.
     *
     * @throws IllegalArgumentException if the plan has no such section, or several that fit
     */
    Long section(String part, String number, String who) {
        if (number == null) {
            return null;
        }
        Long id = sections.get(new SectionKey(part, number));
        if (id != null) {
            return id;
        }
        List<Long> candidates = Objects.requireNonNullElse(sectionsByNumber.get(number), List.of());
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new IllegalArgumentException("The " + who + " is in section " + number
                + (part == null ? "" : " of part " + part)
                + (candidates.isEmpty() ? ", which the plan does not list." : ", which is ambiguous."));
    }
}
