package org.luoshi.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;

/** Whole plans: stored at once after review, listed, loaded, deleted. */
public final class PlanRepository {

    private final Database db;

    PlanRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores a new plan with its parts, sections and tasks (units, deadlines, milestones,
     * progress) in one transaction: all of it or, on any failure, none of it.
     *
     * @return the plan as {@link #load} will give it back: with its id, task ids, unit ids,
     *         milestone and progress ids; tasks by seq, milestones and progress by date
     * @throws IllegalArgumentException if the plan is stored already (id not 0), or a task names a
     *                                  part or section the plan does not list, or lists a unit
     *                                  twice in one role
     * @throws WorkspaceException       if the database refuses it
     */
    public Plan save(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.id() != 0) {
            throw new IllegalArgumentException("Plan " + plan.id() + " is stored already; save() adds new plans.");
        }
        return db.inTransaction("save the plan", c -> insert(c, plan, false));
    }

    /**
     * Puts back a deleted plan exactly as {@link #load} gave it: the plan, its tasks, milestones
     * and progress entries keep their ids, so edits remembered by the undo history still find them.
     *
     * @throws IllegalArgumentException if the plan has no id or the workspace holds a plan with it
     */
    public Plan restore(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.id() <= 0) {
            throw new IllegalArgumentException("Only a plan that was stored before can be restored.");
        }
        return db.inTransaction("restore the plan", c -> {
            if (exists(c, plan.id())) {
                throw new IllegalArgumentException("The workspace holds plan " + plan.id() + " already.");
            }
            return insert(c, plan, true);
        });
    }

    private static Plan insert(Connection c, Plan plan, boolean keepIds) throws SQLException {
        List<String> unitNames = new ArrayList<>();
        for (Task t : plan.tasks()) {
            t.assignments().forEach(a -> unitNames.add(a.unit().name()));
            t.progress().forEach(e -> unitNames.add(e.unit()));
        }
        UnitRepository.findOrCreateInOrder(c, unitNames);
        long planId = insertPlanRow(c, plan, keepIds);
        HeadingIds headings = HeadingIds.insert(c, planId, plan.parts(), plan.sections());
        List<Task> tasks = new ArrayList<>(plan.tasks());
        tasks.sort(Comparator.comparingInt(Task::seq)); // as load() orders them; stable for ties
        List<Task> stored = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            String who = "task " + (task.number() != null ? task.number() : "#" + task.seq());
            Long partId = headings.part(task.part(), who);
            Long sectionId = headings.section(task.part(), task.section(), who);
            stored.add(TaskWriter.insert(c, planId, task, partId, sectionId, keepIds));
        }
        return plan.withId(planId, stored);
    }

    private static long insertPlanRow(Connection c, Plan plan, boolean keepId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO plan(id, notice, title, doc_number, issuer, issued_on, source_text)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            Columns.setId(ps, 1, keepId ? plan.id() : null);
            ps.setString(2, plan.notice());
            ps.setString(3, plan.title());
            ps.setString(4, plan.docNumber());
            ps.setString(5, plan.issuer());
            Columns.setDate(ps, 6, plan.issuedOn());
            ps.setString(7, plan.sourceText());
            return Columns.insertReturningId(ps);
        }
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM plan WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Gives the plan a new title (null or blank: no title of its own, the notice or document
     * number shows instead).
     *
     * @throws IllegalArgumentException if there is no such plan
     */
    public void rename(long id, String title) {
        String stored = title == null || title.isBlank() ? null : title.strip();
        db.inTransaction("rename the plan", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET title = ? WHERE id = ?")) {
                ps.setString(1, stored);
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("The workspace has no plan " + id + ".");
                }
            }
            return null;
        });
    }

    /** The plan's own title as stored (null if it has none); refused if there is no such plan. */
    public String title(long id) {
        return db.inTransaction("read the plan's title", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT title FROM plan WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("The workspace has no plan " + id + ".");
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** Every plan of the workspace, whole, oldest first (for the index of all tasks). */
    public List<Plan> loadAll() {
        return db.inTransaction("load the plans", c -> {
            // Tasks of all plans in one pass (five queries), not five queries per plan.
            Map<Long, List<Task>> tasks = TaskReader.all(c);
            List<Plan> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, notice, title, doc_number, issuer, issued_on, source_text FROM plan ORDER BY id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    all.add(new Plan(id, rs.getString("notice"), rs.getString("title"), rs.getString("doc_number"),
                            rs.getString("issuer"), Columns.getDate(rs, "issued_on"), rs.getString("source_text"),
                            List.of(), List.of(), tasks.getOrDefault(id, List.of())));
                }
            }
            List<Plan> whole = new ArrayList<>(all.size());
            for (Plan p : all) {
                whole.add(new Plan(p.id(), p.notice(), p.title(), p.docNumber(), p.issuer(), p.issuedOn(), p.sourceText(),
                        parts(c, p.id()), sections(c, p.id()), p.tasks()));
            }
            return whole;
        });
    }


    /** The whole plan, or empty if the workspace has no plan with this id. */
    public Optional<Plan> load(long id) {
        return db.inTransaction("load the plan", c -> load(c, id));
    }

    private static Optional<Plan> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT notice, title, doc_number, issuer, issued_on, source_text
                FROM plan WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Plan(id, rs.getString("notice"), rs.getString("title"),
                        rs.getString("doc_number"), rs.getString("issuer"), Columns.getDate(rs, "issued_on"),
                        rs.getString("source_text"), parts(c, id), sections(c, id), TaskReader.byPlan(c, id)));
            }
        }
    }

    private static List<Part> parts(Connection c, long planId) throws SQLException {
        List<Part> parts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT number, title FROM part WHERE plan_id = ? ORDER BY ord, id")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(new Part(rs.getString("number"), rs.getString("title")));
                }
            }
        }
        return parts;
    }

    private static List<Section> sections(Connection c, long planId) throws SQLException {
        List<Section> sections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.number AS part_number, s.number, s.title
                FROM section s LEFT JOIN part p ON p.id = s.part_id
                WHERE s.plan_id = ?
                ORDER BY s.ord, s.id""")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sections.add(new Section(rs.getString("part_number"), rs.getString("number"),
                            rs.getString("title")));
                }
            }
        }
        return sections;
    }

    /** One summary per plan, oldest first (by id). */
    public List<PlanSummary> list() {
        return db.inTransaction("list the plans", c -> {
            List<PlanSummary> plans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.id, p.title, p.notice, p.doc_number, p.issued_on,
                           (SELECT count(*) FROM task t WHERE t.plan_id = p.id) AS task_count
                    FROM plan p
                    ORDER BY p.id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String docNumber = rs.getString("doc_number");
                    plans.add(new PlanSummary(rs.getLong("id"),
                            Plan.displayTitle(rs.getString("title"), rs.getString("notice"), docNumber),
                            docNumber, Columns.getDate(rs, "issued_on"), rs.getInt("task_count")));
                }
            }
            return plans;
        });
    }

    /**
     * Deletes the plan with everything in it. Units stay: they belong to the workspace's
     * directory and may hold tasks of other plans.
     *
     * @return whether there was such a plan
     */
    /**
     * Deletes the plan with everything in it and gives it back as it was, with what other features
     * kept about it (reminder rules, snoozes, items marked done), for {@link #restore(Removed)}.
     *
     * @throws IllegalArgumentException if the workspace has no plan {@code id}
     */
    public Removed<Plan> remove(long id) {
        return db.inTransaction("delete the plan", c -> {
            Plan plan = load(c, id).orElseThrow(() -> new IllegalArgumentException("The workspace has no plan " + id + "."));
            Traces traces = Traces.ofPlan(db.dialect(), c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return new Removed<>(plan, traces);
        });
    }

    /** Puts back a plan {@link #remove}d, with its traces, in one transaction; see {@link #restore(Plan)}. */
    public Plan restore(Removed<Plan> removed) {
        Objects.requireNonNull(removed, "removed");
        Plan plan = removed.item();
        if (plan.id() <= 0) {
            throw new IllegalArgumentException("Only a plan that was stored before can be restored.");
        }
        return db.inTransaction("restore the plan", c -> {
            if (exists(c, plan.id())) {
                throw new IllegalArgumentException("The workspace holds plan " + plan.id() + " already.");
            }
            Plan back = insert(c, plan, true);
            removed.traces().restore(c);
            return back;
        });
    }

    public boolean delete(long id) {
        return db.inTransaction("delete the plan", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Whether the workspace holds no plan at all (first start: offer the sample plan). */
    public boolean isEmpty() {
        return db.inTransaction("look for plans", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN EXISTS (SELECT 1 FROM plan) THEN 0 ELSE 1 END");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }
}
