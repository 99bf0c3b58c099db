package org.luoshi.storage;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace schema as an ordered list of migrations. A file records the last migration it
 * has in {@code PRAGMA user_version}; opening applies the missing ones, each in its own
 * transaction, so a crash mid-upgrade leaves the file at the last complete version. Never edit a
 * released migration: add a new one.
 */
final class Migrations {

    /** {@code PRAGMA application_id} of a Luoshi workspace ("Luos"), so other files are told apart. */
    static final int APPLICATION_ID = 0x4C756F73;

    private static final List<Migration> ALL = List.of(
            new Migration(1, "plans with their parts, sections and tasks; units; dates and progress", """
                    CREATE TABLE plan (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        notice      TEXT,
                        title       TEXT,
                        doc_number  TEXT,
                        issuer      TEXT,
                        issued_on   TEXT,   -- ISO date, 2023-01-20
                        source_text TEXT NOT NULL DEFAULT '',
                        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                    );

                    CREATE TABLE part (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                        ord     INTEGER NOT NULL,
                        number  TEXT,
                        title   TEXT
                    );
                    CREATE INDEX part_plan ON part(plan_id, ord);

                    CREATE TABLE section (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                        part_id INTEGER REFERENCES part(id),
                        ord     INTEGER NOT NULL,
                        number  TEXT,
                        title   TEXT
                    );
                    CREATE INDEX section_plan ON section(plan_id, ord);
                    CREATE INDEX section_part ON section(part_id);

                    -- Enum columns other than role are unchecked so that a new status or deadline
                    -- kind needs no table rebuild. The code writes only enum names.
                    CREATE TABLE task (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        plan_id         INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                        seq             INTEGER NOT NULL,
                        number          TEXT,
                        part_id         INTEGER REFERENCES part(id),
                        section_id      INTEGER REFERENCES section(id),
                        text            TEXT NOT NULL,
                        others_included INTEGER NOT NULL DEFAULT 0 CHECK (others_included IN (0, 1)),
                        status          TEXT NOT NULL DEFAULT 'NOT_STARTED',
                        source_line     INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX task_plan_seq ON task(plan_id, seq);
                    CREATE INDEX task_part ON task(part_id);
                    CREATE INDEX task_section ON task(section_id);

                    -- One row per organisation for the whole workspace: a unit sees its tasks
                    -- across every plan it received.
                    CREATE TABLE unit (
                        id   INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE
                    );

                    CREATE TABLE assignment (
                        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        unit_id INTEGER NOT NULL REFERENCES unit(id),
                        role    TEXT NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE', 'COOPERATING')),
                        ord     INTEGER NOT NULL,   -- position in the responsibility clause
                        PRIMARY KEY (task_id, unit_id, role)
                    ) WITHOUT ROWID;
                    CREATE INDEX assignment_unit ON assignment(unit_id);

                    CREATE TABLE deadline (
                        id         INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id    INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        ord        INTEGER NOT NULL,
                        kind       TEXT NOT NULL,
                        raw        TEXT NOT NULL,
                        date       TEXT,
                        start_date TEXT,
                        end_date   TEXT,
                        amount     INTEGER,
                        span_unit  TEXT,
                        recurrence TEXT,
                        month      INTEGER CHECK (month BETWEEN 1 AND 12),
                        day        INTEGER CHECK (day BETWEEN 1 AND 31)
                    );
                    CREATE INDEX deadline_task ON deadline(task_id, ord);

                    CREATE TABLE milestone (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        date    TEXT NOT NULL,
                        label   TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX milestone_task ON milestone(task_id, date);

                    CREATE TABLE progress (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        date    TEXT NOT NULL,
                        percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
                        text    TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX progress_task ON progress(task_id, date);
                    """),
            new Migration(2, "unit directory: other names of a unit (aliases)", """
                    -- 省发改委 → the unit 省发展改革委: names the user gave, or that a merge left behind.
                    CREATE TABLE unit_alias (
                        alias   TEXT PRIMARY KEY,
                        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    CREATE INDEX unit_alias_unit ON unit_alias(unit_id);
                    """),
            new Migration(3, "working-day calendar: holiday files the user loaded, days edited by hand", """
                    -- Years whose holidays come from a file the user loaded; it replaces the
                    -- data shipped with the app for that year.
                    CREATE TABLE calendar_year (
                        year      INTEGER PRIMARY KEY,
                        source    TEXT NOT NULL DEFAULT '',
                        loaded_at TEXT NOT NULL
                    );

                    -- The days of those files. notice_year is the year of the notice a day came
                    -- with (2026-12-31 can come with the 2027 notice), so loading a year again
                    -- replaces exactly that notice's days.
                    CREATE TABLE calendar_day (
                        date        TEXT PRIMARY KEY,
                        kind        TEXT NOT NULL CHECK (kind IN ('OFF', 'WORK')),
                        name        TEXT NOT NULL DEFAULT '',
                        notice_year INTEGER NOT NULL
                    );
                    CREATE INDEX calendar_day_notice ON calendar_day(notice_year);

                    -- Days set by hand (a local arrangement, a correction); they win over every file.
                    CREATE TABLE calendar_edit (
                        date      TEXT PRIMARY KEY,
                        kind      TEXT NOT NULL CHECK (kind IN ('OFF', 'WORK')),
                        note      TEXT NOT NULL DEFAULT '',
                        edited_at TEXT NOT NULL
                    );
                    """),
            new Migration(4, "reminders: rules per plan, task and milestone; snoozes, dismissals, done items; last run", """
                    -- Rules are working-day offsets before the due date, '7,3,1,0'; '' is no reminders.
                    CREATE TABLE reminder_plan_rule (
                        plan_id INTEGER PRIMARY KEY REFERENCES plan(id) ON DELETE CASCADE,
                        offsets TEXT NOT NULL
                    );
                    CREATE TABLE reminder_task_rule (
                        task_id INTEGER PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
                        offsets TEXT NOT NULL
                    );
                    CREATE TABLE reminder_milestone_rule (
                        milestone_id INTEGER PRIMARY KEY REFERENCES milestone(id) ON DELETE CASCADE,
                        offsets      TEXT NOT NULL
                    );

                    -- One row per reminder the user snoozed or dismissed. The key names the due
                    -- item, its date and the offset (m12:2023-06-30@7).
                    CREATE TABLE reminder_state (
                        reminder_key  TEXT PRIMARY KEY,
                        task_id       INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        state         TEXT NOT NULL CHECK (state IN ('SNOOZED', 'DISMISSED')),
                        snoozed_until TEXT,
                        changed_at    TEXT NOT NULL,
                        CHECK ((state = 'SNOOZED') = (snoozed_until IS NOT NULL))
                    );
                    CREATE INDEX reminder_state_task ON reminder_state(task_id);

                    -- Due items (a milestone, a deadline, one occurrence of a recurring date)
                    -- marked done from a reminder: no more reminders for them.
                    CREATE TABLE reminder_done (
                        item_key TEXT PRIMARY KEY,
                        task_id  INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        done_at  TEXT NOT NULL
                    );
                    CREATE INDEX reminder_done_task ON reminder_done(task_id);

                    -- When the app last looked at reminders: the start-up digest lists what came
                    -- due after it.
                    CREATE TABLE reminder_run (
                        id       INTEGER PRIMARY KEY CHECK (id = 1),
                        last_run TEXT NOT NULL
                    );
                    """),
            new Migration(5, "the office's own fields on a task; workspace settings", """
                    -- 责任人 and phone to chase, and free notes (备注): typed by the office, never imported.
                    ALTER TABLE task ADD COLUMN contact TEXT NOT NULL DEFAULT '';
                    ALTER TABLE task ADD COLUMN phone TEXT NOT NULL DEFAULT '';
                    ALTER TABLE task ADD COLUMN notes TEXT NOT NULL DEFAULT '';

                    -- Settings that belong to the workspace rather than to the person (light
                    -- thresholds, default reminder offsets, the unit shown as "my unit").
                    CREATE TABLE setting (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """),
            new Migration(6, "progress rounds: rounds, their units and tasks, received forms; who reported a progress entry", """
                    -- A round asks the units of a plan for progress by a due date. token is random: with the
                    -- ids it identifies the round's forms, which are matched by it when they come back.
                    CREATE TABLE round (
                        id        INTEGER PRIMARY KEY AUTOINCREMENT,
                        plan_id   INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                        period    TEXT NOT NULL,
                        due       TEXT NOT NULL,             -- ISO date
                        due_rule  TEXT NOT NULL DEFAULT '',  -- how it was set (5 working days after 2023-03-31)
                        contact   TEXT NOT NULL DEFAULT '',  -- the office's contact printed on the forms
                        opened_on TEXT NOT NULL,             -- ISO date
                        token     TEXT NOT NULL
                    );
                    CREATE INDEX round_plan ON round(plan_id);

                    -- The round's units and tasks when it asks only some (none listed: all of the plan).
                    CREATE TABLE round_unit (
                        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
                        unit_id  INTEGER NOT NULL REFERENCES unit(id),
                        ord      INTEGER NOT NULL DEFAULT 0,   -- the order they were named in
                        PRIMARY KEY (round_id, unit_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX round_unit_unit ON round_unit(unit_id);
                    CREATE TABLE round_task (
                        round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
                        task_id  INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        PRIMARY KEY (round_id, task_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX round_task_task ON round_task(task_id);

                    -- Every form received and applied; a later one of the same unit replaces it (both kept).
                    CREATE TABLE round_submission (
                        id            INTEGER PRIMARY KEY AUTOINCREMENT,
                        round_id      INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
                        unit_id       INTEGER NOT NULL REFERENCES unit(id),
                        received      TEXT NOT NULL,   -- ISO date
                        file_name     TEXT NOT NULL DEFAULT '',
                        reporter      TEXT NOT NULL DEFAULT '',   -- 填报人 as filled in
                        phone         TEXT NOT NULL DEFAULT '',   -- 联系电话 as filled in
                        -- the earlier form of the unit this one replaces; it points back, never forward, so
                        -- that recovery, copying rows in id order, meets every referred row first
                        replaces      INTEGER REFERENCES round_submission(id) ON DELETE SET NULL
                    );
                    CREATE INDEX round_submission_round ON round_submission(round_id, unit_id);
                    CREATE INDEX round_submission_unit ON round_submission(unit_id);
                    CREATE INDEX round_submission_replaces ON round_submission(replaces);
                    CREATE TABLE round_submission_line (
                        submission_id INTEGER NOT NULL REFERENCES round_submission(id) ON DELETE CASCADE,
                        task_id       INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        progress      TEXT NOT NULL DEFAULT '',
                        problems      TEXT NOT NULL DEFAULT '',
                        next_steps    TEXT NOT NULL DEFAULT '',
                        percent       INTEGER CHECK (percent BETWEEN 0 AND 100),
                        done          INTEGER CHECK (done IN (0, 1)),
                        PRIMARY KEY (submission_id, task_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX round_submission_line_task ON round_submission_line(task_id);

                    -- Who reported a progress entry, in which round (both empty for the office's own).
                    ALTER TABLE progress ADD COLUMN unit_id INTEGER REFERENCES unit(id);
                    ALTER TABLE progress ADD COLUMN round_id INTEGER REFERENCES round(id) ON DELETE SET NULL;
                    CREATE INDEX progress_unit ON progress(unit_id);
                    CREATE INDEX progress_round ON progress(round_id);
                    """),
            new Migration(7, "history of every edit (who, when, what); 督办 / 催办 notices; the chase log", """
                    -- One row per stored edit: when (local time), who (the user name of the settings), what.
                    -- Written in the edit's transaction; removed only by undoing the edit.
                    CREATE TABLE history_step (
                        id     INTEGER PRIMARY KEY AUTOINCREMENT,
                        at     TEXT NOT NULL,               -- 2023-04-02T09:30:15
                        person TEXT NOT NULL DEFAULT '',
                        action TEXT NOT NULL DEFAULT ''
                    );
                    -- What the edit changed, per task and field. No foreign key to task or plan: the
                    -- record of a task outlives the task.
                    CREATE TABLE history_entry (
                        step_id INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
                        ord     INTEGER NOT NULL,
                        task_id INTEGER NOT NULL,
                        plan_id INTEGER NOT NULL,
                        task    TEXT NOT NULL DEFAULT '',   -- the task's number when changed
                        field   TEXT NOT NULL DEFAULT '',
                        before  TEXT NOT NULL DEFAULT '',
                        after   TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (step_id, ord)
                    ) WITHOUT ROWID;
                    CREATE INDEX history_entry_task ON history_entry(task_id, step_id);
                    CREATE INDEX history_entry_plan ON history_entry(plan_id, step_id);

                    -- 督办通知单 (SUPERVISE) and 催办通知书 (URGE), numbered per kind and year.
                    CREATE TABLE notice (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        plan_id     INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                        kind        TEXT NOT NULL CHECK (kind IN ('SUPERVISE', 'URGE')),
                        year        INTEGER NOT NULL,
                        seq         INTEGER NOT NULL,
                        number      TEXT NOT NULL,              -- as printed: 督〔2023〕12号
                        issued_on   TEXT NOT NULL,              -- ISO date
                        unit        TEXT NOT NULL DEFAULT '',   -- the unit it was made for ('' for a task's)
                        recipients  TEXT NOT NULL DEFAULT '',   -- the units it is sent to, 、-separated
                        basis       TEXT NOT NULL DEFAULT '',
                        time_limit  TEXT,                       -- ISO date
                        requirement TEXT NOT NULL DEFAULT '',
                        contact     TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX notice_plan ON notice(plan_id);
                    CREATE TABLE notice_task (
                        notice_id INTEGER NOT NULL REFERENCES notice(id) ON DELETE CASCADE,
                        task_id   INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        ord       INTEGER NOT NULL,
                        PRIMARY KEY (notice_id, task_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX notice_task_task ON notice_task(task_id);

                    -- The chase log: each time the office chased a task (电话 / 书面 / 现场 / 其他).
                    CREATE TABLE chase (
                        id      INTEGER PRIMARY KEY AUTOINCREMENT,
                        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        date    TEXT NOT NULL,
                        how     TEXT NOT NULL CHECK (how IN ('PHONE', 'LETTER', 'VISIT', 'OTHER')),
                        who     TEXT NOT NULL DEFAULT '',
                        said    TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX chase_task ON chase(task_id, date);
                    """),
            new Migration(8, "requests about tasks: extensions and closings with their decisions; evidence files", """
                    -- 延期申请 and 销号申请 with the office's decision. milestone_id names the milestone an
                    -- extension moves (NULL: the task's last deadline); it is no reference, so that removing
                    -- the milestone later keeps the record, which also holds the date and label asked about.
                    CREATE TABLE task_request (
                        id              INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind            TEXT NOT NULL CHECK (kind IN ('EXTENSION', 'CLOSING')),
                        task_id         INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
                        milestone_id    INTEGER,
                        milestone_label TEXT NOT NULL DEFAULT '',
                        original_date   TEXT,                       -- ISO date as the plan sets it
                        requested_date  TEXT,                       -- ISO date an extension asks for
                        reason          TEXT NOT NULL DEFAULT '',
                        progress        TEXT NOT NULL DEFAULT '',
                        summary         TEXT NOT NULL DEFAULT '',
                        unit            TEXT NOT NULL DEFAULT '',
                        requested_on    TEXT NOT NULL,              -- ISO date
                        requested_by    TEXT NOT NULL DEFAULT '',
                        state           TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED')),
                        opinion         TEXT NOT NULL DEFAULT '',
                        decided_by      TEXT NOT NULL DEFAULT '',
                        decided_at      TEXT,                       -- ISO local date-time, 2023-06-20T10:15:00
                        CHECK ((state = 'PENDING') = (decided_at IS NULL))
                    );
                    CREATE INDEX task_request_task ON task_request(task_id, id);

                    -- Evidence content, stored once per SHA-256 and cut into chunks of 1 MB, so that a large
                    -- file is written and read a piece at a time. Nothing reads these tables at start.
                    CREATE TABLE evidence (
                        id        INTEGER PRIMARY KEY AUTOINCREMENT,
                        sha256    TEXT NOT NULL UNIQUE,
                        size      INTEGER NOT NULL CHECK (size >= 0),
                        chunks    INTEGER NOT NULL CHECK (chunks >= 0),
                        stored_at TEXT NOT NULL
                    );
                    -- data last: reading the other columns never touches the chunk's overflow pages.
                    CREATE TABLE evidence_chunk (
                        id          INTEGER PRIMARY KEY,
                        evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
                        n           INTEGER NOT NULL CHECK (n >= 0),
                        data        BLOB NOT NULL
                    );
                    CREATE UNIQUE INDEX evidence_chunk_part ON evidence_chunk(evidence_id, n);

                    -- The files attached to a closing request, in order, by the names they had.
                    CREATE TABLE request_evidence (
                        request_id  INTEGER NOT NULL REFERENCES task_request(id) ON DELETE CASCADE,
                        ord         INTEGER NOT NULL,
                        name        TEXT NOT NULL,
                        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
                        PRIMARY KEY (request_id, ord)
                    ) WITHOUT ROWID;
                    CREATE INDEX request_evidence_evidence ON request_evidence(evidence_id);
                    """),
            new Migration(9, "a version on every row a person edits, with who changed it last and when", """
                    -- Every row a person edits carries a version, and who changed it last and when: an edit built
                    -- on an older version than the row holds is refused (RowVersions), never written over.
                    -- changed_by '' and changed_at NULL: not changed since it was made (import, copy, form).
                    ALTER TABLE plan ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE plan ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE plan ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE task ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE task ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE task ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE milestone ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE milestone ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE milestone ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE progress ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE progress ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE progress ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE unit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE unit ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE unit ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE round ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE round ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE round ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE round_submission ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE round_submission ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE round_submission ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    ALTER TABLE task_request ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE task_request ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
                    ALTER TABLE task_request ADD COLUMN changed_at TEXT;   -- ISO local date-time, 2026-12-07T10:42:00
                    """));

    private Migrations() {
    }

    /** Every migration, in order. */
    static List<Migration> all() {
        return ALL;
    }

    /** The schema version this build of Luoshi writes. */
    static int latest() {
        return latest(ALL);
    }

    static int latest(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Refuses, before anything is written, a file that belongs to another program or to a newer
     * Luoshi, and an empty database: only a workspace Luoshi has just made is set up, and that one
     * already has its schema when it is opened here.
     */
    static void checkCanOpen(Database.Header header, Path file) {
        checkCanOpen(header, file, latest());
    }

    static void checkCanOpen(Database.Header header, Path file, int known) {
        boolean ours = header.applicationId() == APPLICATION_ID;
        boolean blank = header.applicationId() == 0 && header.userVersion() == 0 && !header.hasSchema();
        if (!ours && blank) {
            // Workspace.open sets up only the files it creates (WorkspaceFile.create), so a blank database
            // here was made by something else, or lost what it held: left as it is.
            throw new WorkspaceRefusedException(WorkspaceRefusedException.Reason.EMPTY_DATABASE, file, null);
        }
        if (!ours) {
            throw WorkspaceException.notAWorkspace(file, "it is a database of another program", null);
        }
        if (header.userVersion() > known) {
            throw WorkspaceException.newerSchema(file, header.userVersion(), known);
        }
    }

    /** Applies the migrations the file lacks; returns how many ran. */
    static int apply(Database db) {
        return apply(db, ALL);
    }

    static int apply(Database db, List<Migration> migrations) {
        checkOrder(migrations);
        int applied = 0;
        for (Migration migration : migrations) {
            boolean ran = db.inTransaction("upgrade the workspace to schema " + migration.version(), c -> {
                // Read again inside the transaction: another process may have just done it.
                int current = db.header().userVersion();
                if (current >= migration.version()) {
                    return false;
                }
                try (Statement s = c.createStatement()) {
                    for (String statement : migration.statements()) {
                        s.execute(statement);
                    }
                    // Both pragmas write page 1 inside this transaction: they commit or roll back
                    // together with the schema change.
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + migration.version());
                }
                return true;
            });
            if (ran) {
                applied++;
            }
        }
        return applied;
    }

    private static void checkOrder(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migration " + (i + 1) + " is numbered "
                        + migrations.get(i).version());
            }
        }
    }
}
