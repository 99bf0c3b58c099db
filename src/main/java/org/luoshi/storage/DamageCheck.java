package org.luoshi.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check of a workspace file, run by every command and by the window: SQLite's
 * {@code PRAGMA integrity_check} (every page, every cell, every index against its table, NOT NULL
 * and CHECK constraints), then {@code PRAGMA foreign_key_check} (a row whose plan or task is not
 * there), then every stored text must be valid UTF-8 — the one sign of a flipped bit inside text
 * that SQLite itself cannot see (Luoshi writes only valid UTF-8). It only reads.
 */
final class DamageCheck {
    private static final Pattern TREE = Pattern.compile("\\b[Tt]ree (\\d+)\\b");

    private DamageCheck() {
    }

    /** The problems of the file behind {@code c} (empty: sound). Never throws for a damaged file. */
    static WorkspaceCheck run(Path file, Connection c) {
        List<String> problems = new ArrayList<>();
        cutShort(file).ifPresent(problems::add);
        try {
            structure(c, problems);
        } catch (SQLException e) {
            // SQLite gives up on a page it cannot even walk (a zeroed page, a truncated file):
            // say so, and which tables cannot be read to the end.
            problems.add(WorkspaceException.reason(e));
            unreadableTables(c, problems);
            return new WorkspaceCheck(file, problems);
        }
        if (!problems.isEmpty()) {
            return new WorkspaceCheck(file, problems);
        }
        try {
            foreignKeys(c, problems);
            text(c, problems);
        } catch (SQLException e) {
            problems.add(WorkspaceException.reason(e));
        }
        return new WorkspaceCheck(file, problems);
    }

    /**
     * A file shorter than its header says (cut short by a full disk or a copy that stopped): SQLite
     * only says "malformed", or, reading with the schema bent, nothing at all. Read from the
     * file's first 100 bytes; the size there is trusted only when SQLite marked it valid.
     */
    static Optional<String> cutShort(Path file) {
        byte[] header = new byte[100];
        long length;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            length = ch.size();
            ByteBuffer buffer = ByteBuffer.wrap(header);
            while (buffer.hasRemaining() && ch.read(buffer) >= 0) {
                // reads the header
            }
            if (buffer.hasRemaining()) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = b.getShort(16) & 0xFFFF;
        long size = pageSize == 1 ? 65536 : pageSize;
        long pages = b.getInt(28) & 0xFFFFFFFFL;
        boolean valid = b.getInt(24) == b.getInt(92) && pages > 0 && size >= 512;
        if (valid && length < pages * size && !walHolds(file, pages)) {
            return Optional.of("the file ends early: it has " + length / size + " of its " + pages + " pages "
                    + "(it was cut short)");
        }
        return Optional.empty();
    }

    /**
     * Whether the write-ahead log beside {@code file} holds a committed state of {@code pages} pages. A
     * checkpoint copies the log's pages into the file in page order, page 1 (with the new size) first: a
     * process killed in the middle of one leaves a file shorter than its header says, whose missing pages
     * are all still in the log, which SQLite reads them from (and copies again at the next checkpoint).
     * Such a file is not cut short. Frames count only if they carry the log header's salts.
     */
    static boolean walHolds(Path file, long pages) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try (FileChannel ch = FileChannel.open(wal, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(32);
            if (ch.read(header, 0) < 32) {
                return false;
            }
            int magic = header.getInt(0);
            if (magic != 0x377f0682 && magic != 0x377f0683) {
                return false;
            }
            long pageSize = header.getInt(8) & 0xFFFFFFFFL;
            if (pageSize < 512) {
                return false;
            }
            int salt1 = header.getInt(16);
            int salt2 = header.getInt(20);
            ByteBuffer frame = ByteBuffer.allocate(24);
            for (long at = 32; at + 24 + pageSize <= ch.size(); at += 24 + pageSize) {
                frame.clear();
                if (ch.read(frame, at) < 24 || frame.getInt(8) != salt1 || frame.getInt(12) != salt2) {
                    return false;
                }
                long sizeAfterCommit = frame.getInt(4) & 0xFFFFFFFFL;
                if (sizeAfterCommit == pages) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static void structure(Connection c, List<String> problems) throws SQLException {
        List<String> lines = new ArrayList<>();
        boolean muchEvidence = evidenceBytes(c) > WHOLE_CHECK_EVIDENCE_BYTES;
        // With cell_size_check on, SQLite stops at the first bad cell with "malformed"; off, the
        // check walks on and says which tree, page and cell.
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA cell_size_check = OFF");
            try {
                if (muchEvidence) {
                    for (String table : tablesBesideEvidence(c)) {
                        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + Tables.quote(table) + ")")) {
                            while (rs.next()) {
                                String line = rs.getString(1);
                                if (!"ok".equals(line)) {
                                    lines.add(line);
                                }
                            }
                        }
                    }
                    evidenceChunks(c, lines);
                    if (lines.isEmpty()) {
                        lines.add("ok");
                    }
                } else {
                    try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + WorkspaceCheck.MAX_PROBLEMS + ")")) {
                        while (rs.next()) {
                            lines.add(rs.getString(1));
                        }
                    }
                }
            } finally {
                s.execute("PRAGMA cell_size_check = ON");
            }
        }
        if (lines.size() == 1 && "ok".equals(lines.get(0))) {
            return;
        }
        Map<Long, String> trees = treeNames(c);
        for (String line : lines) {
            for (String part : line.split("\n")) {
                if (!part.isBlank() && !part.startsWith("*** in database")) {
                    problems.add(nameTree(part.strip(), trees));
                }
            }
        }
    }

    /**
     * Above this much evidence (issue 17) the check leaves the evidence content out: every table and index
     * but {@code evidence_chunk} is checked on its own (SQLite's check of one table), and the chunks are
     * counted and measured from their cells (no content is read). The content is checked against its
     * SHA-256 whenever it is read. So a workspace with gigabytes of evidence opens as fast as one without.
     * What is given up for such a file: SQLite's whole-file checks (pages used twice or not at all).
     */
    static final long WHOLE_CHECK_EVIDENCE_BYTES = 64L * 1024 * 1024;

    private static long evidenceBytes(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(sum(size), 0) FROM evidence")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0; // an older schema, or an unreadable table: the whole check runs and says so
        }
    }

    private static List<String> tablesBesideEvidence(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'evidence_chunk' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Every stored evidence file has all its chunks, of the sizes it says: read from the cells' headers only. */
    private static void evidenceChunks(Connection c, List<String> lines) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT e.id, e.size, e.chunks, count(x.id), coalesce(sum(length(x.data)), 0)
                FROM evidence e LEFT JOIN evidence_chunk x ON x.evidence_id = e.id
                GROUP BY e.id HAVING count(x.id) <> e.chunks OR coalesce(sum(length(x.data)), 0) <> e.size""")) {
            while (rs.next() && lines.size() < WorkspaceCheck.MAX_PROBLEMS) {
                lines.add("evidence " + rs.getLong(1) + " should have " + rs.getLong(3) + " chunks of " + rs.getLong(2)
                        + " bytes in all, but has " + rs.getLong(4) + " of " + rs.getLong(5));
            }
        }
    }

    /** "Tree 21 page 48 …" says more with the table's name: "Tree 21 (progress) page 48 …". */
    private static String nameTree(String line, Map<Long, String> trees) {
        Matcher m = TREE.matcher(line);
        if (m.find()) {
            String name = trees.get(Long.parseLong(m.group(1)));
            if (name != null) {
                return line.substring(0, m.end()) + " (" + name + ")" + line.substring(m.end());
            }
        }
        return line;
    }

    private static Map<Long, String> treeNames(Connection c) {
        Map<Long, String> names = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rootpage, name FROM sqlite_schema WHERE rootpage > 0")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            // The schema itself is unreadable: the lines keep SQLite's page numbers.
        }
        return names;
    }

    private static void unreadableTables(Connection c, List<String> problems) {
        List<Tables.Table> tables;
        try {
            tables = Tables.of(c);
        } catch (SQLException e) {
            problems.add("the list of tables cannot be read (" + WorkspaceException.reason(e) + ")");
            return;
        }
        for (Tables.Table t : tables) {
            long rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(t.selectAllInKeyOrder())) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            } catch (SQLException e) {
                problems.add("table " + t.name() + ": cannot be read past its first " + rows + " rows ("
                        + WorkspaceException.reason(e) + ")");
            }
        }
    }

    static void foreignKeys(Connection c, List<String> problems) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next() && problems.size() < WorkspaceCheck.MAX_PROBLEMS) {
                String table = rs.getString(1);
                Object rowid = rs.getObject(2);
                problems.add("a row of " + table + (rowid == null ? "" : " (rowid " + rowid + ")")
                        + " refers to a row of " + rs.getString(3) + " that is not there");
            }
        }
    }

    static void text(Connection c, List<String> problems) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA encoding")) {
            if (!rs.next() || !"UTF-8".equalsIgnoreCase(rs.getString(1))) {
                return; // Luoshi's files are UTF-8; another encoding has nothing to check here.
            }
        }
        for (Tables.Table t : Tables.of(c)) {
            List<String> columns = t.textColumns();
            if (columns.isEmpty()) {
                continue;
            }
            StringBuilder sql = new StringBuilder("SELECT ").append(t.withoutRowid() ? "NULL" : "rowid");
            for (String col : columns) {
                String q = Tables.quote(col);
                sql.append(", CASE WHEN typeof(").append(q).append(") = 'text' THEN CAST(").append(q)
                        .append(" AS BLOB) END");
            }
            sql.append(" FROM ").append(Tables.quote(t.name()));
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        byte[] bytes = rs.getBytes(i + 2);
                        if (bytes != null && !validUtf8(bytes)) {
                            Object rowid = rs.getObject(1);
                            problems.add("the text in " + t.name() + "." + columns.get(i)
                                    + (rowid == null ? "" : " of row " + rowid)
                                    + " is not valid UTF-8 (a changed byte)");
                            if (problems.size() >= WorkspaceCheck.MAX_PROBLEMS) {
                                return;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF. */
    static boolean validUtf8(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                i++;
                continue;
            }
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (x >= 0xC2 && x <= 0xDF) {
                more = 1;
            } else if (x >= 0xE0 && x <= 0xEF) {
                more = 2;
                lo = x == 0xE0 ? 0xA0 : 0x80;
                hi = x == 0xED ? 0x9F : 0xBF;
            } else if (x >= 0xF0 && x <= 0xF4) {
                more = 3;
                lo = x == 0xF0 ? 0x90 : 0x80;
                hi = x == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + more > n - 1) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }
}
