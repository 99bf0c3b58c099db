package org.luoshi.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL engine a workspace lives in: the embedded SQLite file, or a PostgreSQL server. The
 * repositories share their SQL where the two agree ({@code INSERT … RETURNING id},
 * {@code ON CONFLICT … DO UPDATE / DO NOTHING}, standard joins and functions); what differs is
 * here: the schema's DDL (written once, for SQLite, and translated), how a transaction defers its
 * foreign keys, and how the schema describes its keys.
 */
enum Dialect {
    SQLITE,
    POSTGRESQL;

    private static final Pattern AUTO_ID = Pattern.compile("\\bINTEGER\\s+PRIMARY\\s+KEY\\s+AUTOINCREMENT\\b",
            Pattern.CASE_INSENSITIVE);
    /** {@code id INTEGER PRIMARY KEY} with nothing after but the comma: a row id SQLite fills in. */
    private static final Pattern ROW_ID = Pattern.compile("^(\\s*id\\s+)INTEGER\\s+PRIMARY\\s+KEY\\s*(,?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern NOW_TEXT = Pattern.compile(
            "strftime\\('%Y-%m-%dT%H:%M:%fZ',\\s*'now'\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TABLE = Pattern.compile("^\\s*CREATE\\s+TABLE\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The statements that do in this dialect what the SQLite {@code statement} of a migration does.
     * For PostgreSQL: row ids are {@code BIGSERIAL} (a NULL id given on insert is filled in, as
     * SQLite does, by the trigger {@code luoshi_fill_id}), integers are 64-bit as in SQLite, BLOB is
     * BYTEA, {@code WITHOUT ROWID} goes, foreign keys are deferrable (restoring a deleted plan's
     * traces defers them) and the time default is the same ISO text.
     */
    List<String> ddl(String statement) {
        if (this == SQLITE) {
            return List.of(statement);
        }
        String s = statement;
        boolean serial = AUTO_ID.matcher(s).find() || ROW_ID.matcher(s).find();
        s = AUTO_ID.matcher(s).replaceAll("BIGSERIAL PRIMARY KEY");
        s = ROW_ID.matcher(s).replaceAll("$1BIGSERIAL PRIMARY KEY$2");
        s = s.replaceAll("(?i)\\bINTEGER\\b", "BIGINT");
        s = s.replaceAll("(?i)\\bBLOB\\b", "BYTEA");
        s = s.replaceAll("(?i)\\)\\s*WITHOUT\\s+ROWID\\s*$", ")");
        s = NOW_TEXT.matcher(s).replaceAll(Matcher.quoteReplacement(
                "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            if (line.toUpperCase(Locale.ROOT).contains(" REFERENCES ")) {
                String trimmed = line.stripTrailing();
                boolean comma = trimmed.endsWith(",");
                String body = comma ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
                line = body + " DEFERRABLE INITIALLY IMMEDIATE" + (comma ? "," : "");
            }
            lines.add(line);
        }
        s = String.join("\n", lines);
        List<String> out = new ArrayList<>();
        out.add(s);
        Matcher table = CREATE_TABLE.matcher(s);
        if (serial && table.find()) {
            String name = table.group(1);
            out.add("CREATE TRIGGER " + name + "_fill_id BEFORE INSERT ON " + name
                    + " FOR EACH ROW EXECUTE FUNCTION luoshi_fill_id()");
        }
        return out;
    }

    /** The statement that makes the current transaction check foreign keys only at commit. */
    String deferForeignKeys() {
        return this == SQLITE ? "PRAGMA defer_foreign_keys = ON" : "SET CONSTRAINTS ALL DEFERRED";
    }
}
