package org.luoshi.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of the schema: the SQL that takes a workspace from {@code version - 1} to
 * {@code version}. Statements are separated by semicolons, so none may contain one itself (no
 * triggers, no string literals with ';'); {@code --} comments run to the end of their line.
 */
record Migration(int version, String description, String sql) {

    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, was " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }

    /** The script as single statements, without comments. */
    List<String> statements() {
        String withoutComments = sql.lines()
                .map(line -> line.contains("--") ? line.substring(0, line.indexOf("--")) : line)
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
