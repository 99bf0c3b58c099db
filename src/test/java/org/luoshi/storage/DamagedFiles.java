package org.luoshi.storage;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.luoshi.bench.BigWorkspace;

/**
 * Real workspace files with real damage, for the tests of the check, the write gate and recovery:
 * a workspace written by the app's own code, then a page zeroed, bits flipped in a B-tree page, or
 * the file cut short — the faults of a bad disk, a torn copy or a full disk. Pages are found with
 * SQLite's {@code dbstat} table, read from an untouched copy.
 */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /** A workspace of {@code tasks} tasks in {@code plans} plans (closed: no log beside it). */
    public static Path workspace(Path file, int tasks, int plans) {
        BigWorkspace.write(file, tasks, plans);
        return file;
    }

    /** The pages of {@code tree} (a table or index) of the given type (leaf, internal, overflow), in key order. */
    public static List<Long> pages(Path file, String tree, String type) {
        return query(file, "SELECT pageno FROM dbstat WHERE name = '" + tree + "' AND pagetype = '" + type
                + "' ORDER BY path", rs -> rs.getLong(1));
    }

    /** A page from the middle of {@code tree}'s pages of this type. */
    public static long middlePage(Path file, String tree, String type) {
        List<Long> pages = pages(file, tree, type);
        return pages.get(pages.size() / 2);
    }

    public static int pageSize(Path file) {
        return query(file, "PRAGMA page_size", rs -> rs.getInt(1)).get(0);
    }

    public static long pageCount(Path file) {
        return query(file, "PRAGMA page_count", rs -> rs.getLong(1)).get(0);
    }

    /** Overwrites page {@code page} (1-based) with zeros: a sector the disk lost. */
    public static void zeroPage(Path file, long page) throws IOException {
        int size = pageSize(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((page - 1) * size);
            f.write(new byte[size]);
        }
    }

    /**
     * Flips one bit in each of the first cell pointers of a B-tree page (the array right after its
     * header): the cells now point outside where they are, as a bad bit in memory or on disk leaves them.
     */
    public static void flipCellPointers(Path file, long page) throws IOException {
        int size = pageSize(file);
        long start = (page - 1) * size + (page == 1 ? 100 : 0);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(start);
            int type = f.read();
            int header = type == 2 || type == 5 ? 12 : 8;
            for (int cell = 0; cell < 3; cell++) {
                long at = start + header + 2L * cell;
                f.seek(at);
                int high = f.read();
                f.seek(at);
                f.write(high ^ 0x04); // 1 KiB off: into the middle of another cell
            }
        }
    }

    /** Flips bit {@code bit} of the byte at {@code offset} of the file. */
    public static void flipBit(Path file, long offset, int bit) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ (1 << bit));
        }
    }

    /** Cuts the file after its first {@code pages} pages: a copy or a disk that stopped early. */
    public static void cutAfter(Path file, long pages) throws IOException {
        int size = pageSize(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(pages * size);
        }
    }

    /** Where in the file the UTF-8 bytes of {@code text} first are, or -1. */
    public static long offsetOf(Path file, String text) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= all.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (all[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Every page a plan's rows need, plan by plan: the pages holding the rows of the plan, its parts,
     * sections and tasks and their units in roles, deadlines, milestones and progress, each with the
     * B-tree pages above it and its overflow pages, and the schema's pages. A plan none of whose
     * pages is damaged can be read back whole. Read from an undamaged file.
     */
    public static Map<Long, Set<Long>> pagesOfPlans(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1")) {
            Map<Long, Set<Long>> pages = new TreeMap<>();
            Map<Long, Long> planOfTask = new HashMap<>();
            for (List<Object> row : rows(c, "SELECT id, plan_id FROM task")) {
                planOfTask.put((Long) row.get(0), (Long) row.get(1));
            }
            Map<Long, Set<Long>> unitPages = new HashMap<>();
            List<Set<Long>> units = rowPages(c, "unit", false);
            List<List<Object>> unitRows = rows(c, "SELECT id FROM unit ORDER BY rowid");
            for (int i = 0; i < unitRows.size(); i++) {
                unitPages.put((Long) unitRows.get(i).get(0), units.get(i));
            }
            Set<Long> schema = new HashSet<>(query(c, "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'"));
            add(c, pages, "plan", "SELECT id FROM plan ORDER BY rowid", false, id -> id, schema);
            for (String table : List.of("part", "section", "task")) {
                add(c, pages, table, "SELECT plan_id FROM " + table + " ORDER BY rowid", false, id -> id, schema);
            }
            for (String table : List.of("deadline", "milestone", "progress")) {
                add(c, pages, table, "SELECT task_id FROM " + table + " ORDER BY rowid", false, planOfTask::get,
                        schema);
            }
            List<Set<Long>> assignmentPages = rowPages(c, "assignment", true);
            List<List<Object>> assignments = rows(c,
                    "SELECT task_id, unit_id FROM assignment ORDER BY task_id, unit_id, role");
            for (int i = 0; i < assignments.size(); i++) {
                long plan = planOfTask.get((Long) assignments.get(i).get(0));
                Set<Long> set = pages.computeIfAbsent(plan, p -> new HashSet<>(schema));
                set.addAll(assignmentPages.get(i));
                set.addAll(unitPages.get((Long) assignments.get(i).get(1)));
            }
            return pages;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface PlanOf {
        Long plan(Long key);
    }

    private static void add(Connection c, Map<Long, Set<Long>> pages, String table, String keysInOrder,
            boolean withoutRowid, PlanOf planOf, Set<Long> schema) throws SQLException {
        List<Set<Long>> perRow = rowPages(c, table, withoutRowid);
        List<List<Object>> keys = rows(c, keysInOrder);
        if (perRow.size() != keys.size()) {
            throw new IllegalStateException(table + ": " + perRow.size() + " cells, " + keys.size() + " rows");
        }
        for (int i = 0; i < keys.size(); i++) {
            long plan = planOf.plan((Long) keys.get(i).get(0));
            pages.computeIfAbsent(plan, p -> new HashSet<>(schema)).addAll(perRow.get(i));
        }
    }

    /**
     * The pages each row of a table needs, in key order: its cell's page, the pages above it and the
     * cell's overflow pages. A table B-tree keeps rows only in leaves; a WITHOUT ROWID (index) B-tree
     * also in interior pages, between its children.
     */
    private static List<Set<Long>> rowPages(Connection c, String table, boolean withoutRowid) throws SQLException {
        Map<String, long[]> byPath = new HashMap<>(); // path -> {pageno, ncell, leaf?1:0}
        List<String[]> overflow = new ArrayList<>();
        for (List<Object> row : rows(c, "SELECT path, pageno, pagetype, ncell FROM dbstat WHERE name = '" + table + "'")) {
            String path = (String) row.get(0);
            String type = (String) row.get(2);
            if ("overflow".equals(type)) {
                overflow.add(new String[] {path, String.valueOf(row.get(1))});
            } else {
                byPath.put(path, new long[] {(Long) row.get(1), (Long) row.get(3), "leaf".equals(type) ? 1 : 0});
            }
        }
        List<Set<Long>> out = new ArrayList<>();
        walk("/", byPath, overflow, withoutRowid, out);
        return out;
    }

    private static void walk(String path, Map<String, long[]> byPath, List<String[]> overflow, boolean cellsInInterior,
            List<Set<Long>> out) {
        long[] page = byPath.get(path);
        if (page == null) {
            return;
        }
        int cells = (int) page[1];
        if (page[2] == 1) {
            for (int i = 0; i < cells; i++) {
                out.add(cellPages(path, i, byPath, overflow));
            }
            return;
        }
        for (int i = 0; i <= cells; i++) {
            walk(path + String.format("%03x/", i), byPath, overflow, cellsInInterior, out);
            if (cellsInInterior && i < cells) {
                out.add(cellPages(path, i, byPath, overflow));
            }
        }
    }

    private static Set<Long> cellPages(String path, int cell, Map<String, long[]> byPath, List<String[]> overflow) {
        Set<Long> pages = new HashSet<>();
        for (int at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
            long[] above = byPath.get(path.substring(0, at + 1));
            if (above != null) {
                pages.add(above[0]);
            }
        }
        String prefix = path + String.format("%03x+", cell);
        for (String[] o : overflow) {
            if (o[0].startsWith(prefix)) {
                pages.add(Long.parseLong(o[1]));
            }
        }
        return pages;
    }

    private interface Read<T> {
        T from(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Path file, String sql, Read<T> read) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read.from(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> query(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        for (List<Object> row : rows(c, sql)) {
            out.add((Long) row.get(0));
        }
        return out;
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Integer x ? Long.valueOf(x) : v);
                }
                out.add(row);
            }
        }
        return out;
    }
}
