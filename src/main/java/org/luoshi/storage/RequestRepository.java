package org.luoshi.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.TaskRequest;

/**
 * Extension and closing requests with their decisions, and the evidence files of closing requests.
 * Evidence is stored inside the workspace file, once per SHA-256, in chunks of {@link #CHUNK_BYTES}
 * so that a large file is never held in memory whole; it is read only when asked for (opened or
 * exported), never when the workspace opens, and checked against its hash whenever it is read.
 */
public final class RequestRepository {
    /** The size of one stored chunk of evidence. */
    public static final int CHUNK_BYTES = 1024 * 1024;

    private static final String COLUMNS = "r.id, r.kind, r.task_id, r.milestone_id, r.milestone_label, "
            + "r.original_date, r.requested_date, r.reason, r.progress, r.summary, r.unit, r.requested_on, "
            + "r.requested_by, r.state, r.opinion, r.decided_by, r.decided_at";

    private final Database db;

    RequestRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores a request with the links to its evidence (stored before with {@link #storeEvidence}); a
     * request with an id (put back by redo) keeps it. Returns it with its id.
     *
     * @throws IllegalArgumentException if the task, or the content of an evidence file, is not there
     */
    public TaskRequest add(TaskRequest request) {
        Objects.requireNonNull(request, "request");
        return db.inTransaction("store the request", c -> {
            requireTask(c, request.taskId());
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO task_request(id, kind, task_id, milestone_id, milestone_label, original_date,
                        requested_date, reason, progress, summary, unit, requested_on, requested_by, state, opinion,
                        decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                Columns.setId(ps, 1, request.id() != 0 ? request.id() : null);
                Columns.setEnum(ps, 2, request.kind());
                ps.setLong(3, request.taskId());
                Columns.setId(ps, 4, request.milestoneId() != 0 ? request.milestoneId() : null);
                ps.setString(5, request.milestoneLabel());
                Columns.setDate(ps, 6, request.originalDate());
                Columns.setDate(ps, 7, request.requestedDate());
                ps.setString(8, request.reason());
                ps.setString(9, request.progress());
                ps.setString(10, request.summary());
                ps.setString(11, request.unit());
                Columns.setDate(ps, 12, request.requestedOn());
                ps.setString(13, request.requestedBy());
                Columns.setEnum(ps, 14, request.state());
                ps.setString(15, request.opinion());
                ps.setString(16, request.decidedBy());
                ps.setString(17, request.decidedAt() == null ? null : request.decidedAt().toString());
                id = Columns.insertReturningId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_evidence(request_id, ord, name, evidence_id) "
                    + "VALUES (?, ?, ?, ?)")) {
                int ord = 0;
                for (EvidenceFile f : request.evidence()) {
                    ps.setLong(1, id);
                    ps.setInt(2, ++ord);
                    ps.setString(3, f.name());
                    ps.setLong(4, evidenceId(c, f.sha256()).orElseThrow(() -> new IllegalArgumentException(
                            "The evidence " + f.name() + " is not stored in the workspace.")));
                    ps.executeUpdate();
                }
            }
            return request.withId(id);
        });
    }

    /** Deletes a request and its links to evidence; the evidence content stays until {@link #dropUnusedEvidence}. */
    public void remove(long requestId) {
        db.inTransaction("delete the request", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM task_request WHERE id = ?")) {
                ps.setLong(1, requestId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records the decision on a request (or, with PENDING, takes it back: undo). */
    public void decide(long requestId, RequestState state, String opinion, String by, LocalDateTime at) {
        Objects.requireNonNull(state, "state");
        db.inTransaction("record the decision", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE task_request SET state = ?, opinion = ?, decided_by = ?, decided_at = ? WHERE id = ?")) {
                Columns.setEnum(ps, 1, state);
                ps.setString(2, opinion == null ? "" : opinion);
                ps.setString(3, by == null ? "" : by);
                ps.setString(4, state == RequestState.PENDING || at == null ? null
                        : at.truncatedTo(ChronoUnit.SECONDS).toString());
                ps.setLong(5, requestId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("There is no request " + requestId + ".");
                }
            }
            return null;
        });
    }

    public Optional<TaskRequest> find(long requestId) {
        return db.inTransaction("read the request", c -> {
            List<TaskRequest> found = read(c, "r.id = ?", requestId);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** The requests about a task, oldest first. */
    public List<TaskRequest> ofTask(long taskId) {
        return db.inTransaction("read the task's requests", c -> read(c, "r.task_id = ?", taskId));
    }

    /** The requests about the tasks of a plan, by task order, oldest first. */
    public List<TaskRequest> ofPlan(long planId) {
        return db.inTransaction("read the plan's requests",
                c -> read(c, "r.task_id IN (SELECT id FROM task WHERE plan_id = ?)", planId));
    }

    /** Every approved extension of the workspace (what the adjusted dates are made of). */
    public List<TaskRequest> approvedExtensions() {
        return db.inTransaction("read the approved extensions",
                c -> read(c, "r.kind = 'EXTENSION' AND r.state = 'APPROVED' AND 1 = ?", 1));
    }

    private static List<TaskRequest> read(Connection c, String where, long key) throws SQLException {
        Map<Long, TaskRequest> requests = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM task_request r JOIN task t ON t.id = r.task_id "
                + "WHERE " + where + " ORDER BY t.plan_id, t.seq, r.id")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long milestone = rs.getLong("milestone_id");
                    requests.put(rs.getLong("id"), new TaskRequest(rs.getLong("id"),
                            Columns.getEnum(rs, "kind", RequestKind.class), rs.getLong("task_id"), milestone,
                            rs.getString("milestone_label"), Columns.getDate(rs, "original_date"),
                            Columns.getDate(rs, "requested_date"), rs.getString("reason"), rs.getString("progress"),
                            rs.getString("summary"), rs.getString("unit"), Columns.getDate(rs, "requested_on"),
                            rs.getString("requested_by"), Columns.getEnum(rs, "state", RequestState.class),
                            rs.getString("opinion"), rs.getString("decided_by"), dateTime(rs.getString("decided_at")),
                            List.of()));
                }
            }
        }
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EvidenceFile>> files = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT x.request_id, x.name, e.sha256, e.size "
                + "FROM request_evidence x JOIN evidence e ON e.id = x.evidence_id "
                + "WHERE x.request_id IN (SELECT r.id FROM task_request r JOIN task t ON t.id = r.task_id WHERE " + where
                + ") ORDER BY x.request_id, x.ord")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EvidenceFile(rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        List<TaskRequest> out = new ArrayList<>();
        for (TaskRequest r : requests.values()) {
            List<EvidenceFile> f = files.get(r.id());
            out.add(f == null ? r : new TaskRequest(r.id(), r.kind(), r.taskId(), r.milestoneId(), r.milestoneLabel(),
                    r.originalDate(), r.requestedDate(), r.reason(), r.progress(), r.summary(), r.unit(),
                    r.requestedOn(), r.requestedBy(), r.state(), r.opinion(), r.decidedBy(), r.decidedAt(), f));
        }
        return out;
    }

    private static LocalDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.MIN;
        }
    }

    // --- evidence content ---

    /**
     * Stores the content of {@code file} unless the workspace has the same content already, and
     * returns it as evidence named {@code name}. The file is read twice, a chunk at a time: once for
     * its hash (to find a copy already stored), once to store it; if it changed in between, nothing
     * is stored and the call fails. Inside a caller's transaction it is part of it.
     *
     * @throws UncheckedIOException if the file cannot be read, or changed while it was stored
     */
    public EvidenceFile storeEvidence(String name, Path file) {
        Objects.requireNonNull(file, "file");
        Hashed first = hash(file);
        return db.inTransaction("store the evidence file", c -> {
            Optional<Long> existing = evidenceId(c, first.sha256());
            if (existing.isPresent()) {
                return new EvidenceFile(name, first.sha256(), first.size());
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence(sha256, size, chunks, stored_at) "
                    + "VALUES (?, ?, 0, ?) RETURNING id")) {
                ps.setString(1, first.sha256());
                ps.setLong(2, first.size());
                ps.setString(3, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                id = Columns.insertReturningId(ps);
            }
            MessageDigest digest = sha256();
            long size = 0;
            int n = 0;
            try (InputStream in = Files.newInputStream(file);
                    PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO evidence_chunk(evidence_id, n, data) VALUES (?, ?, ?)")) {
                byte[] buffer = new byte[CHUNK_BYTES];
                for (int read = in.readNBytes(buffer, 0, CHUNK_BYTES); read > 0;
                        read = in.readNBytes(buffer, 0, CHUNK_BYTES)) {
                    digest.update(buffer, 0, read);
                    size += read;
                    ps.setLong(1, id);
                    ps.setInt(2, n++);
                    ps.setBytes(3, read == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, read));
                    ps.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (!sha.equals(first.sha256()) || size != first.size()) {
                throw new UncheckedIOException(new IOException("The file " + file.getFileName()
                        + " changed while it was being stored; nothing was stored."));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET chunks = ? WHERE id = ?")) {
                ps.setInt(1, n);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return new EvidenceFile(name, sha, size);
        });
    }

    /**
     * Writes the stored content with hash {@code sha256} to {@code out}, a chunk at a time, and checks it
     * against its hash as it goes.
     *
     * @throws IllegalArgumentException if no such content is stored
     * @throws UncheckedIOException     if writing fails, or the content read does not match its hash
     *                                  (what was written before is then not to be trusted)
     */
    public void copyEvidence(String sha256, OutputStream out) {
        db.inTransaction("read the evidence file", c -> {
            long id = evidenceId(c, sha256).orElseThrow(() -> new IllegalArgumentException(
                    "No evidence with SHA-256 " + sha256 + " is stored."));
            MessageDigest digest = sha256();
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY n")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] data = rs.getBytes(1);
                        digest.update(data);
                        out.write(data);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw new UncheckedIOException(new IOException("The stored evidence " + sha256
                        + " does not match its SHA-256: it is damaged."));
            }
            return null;
        });
    }

    /** Deletes stored content no request refers to any more; returns how many files' content went. */
    public int dropUnusedEvidence() {
        return db.inTransaction("drop unused evidence", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM evidence WHERE id NOT IN (SELECT evidence_id FROM request_evidence)")) {
                return ps.executeUpdate();
            }
        });
    }

    /** How many evidence files are stored, and their bytes (from the index rows; no content is read). */
    public long[] evidenceTotals() {
        return db.inTransaction("count the evidence", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(size), 0) FROM evidence");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
    }

    private static Optional<Long> evidenceId(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM evidence WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void requireTask(Connection c, long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("There is no task with id " + taskId + ".");
                }
            }
        }
    }

    private record Hashed(String sha256, long size) {
    }

    private static Hashed hash(Path file) {
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK_BYTES];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
