package org.luoshi.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A workspace problem the user must be told about: its message is one plain sentence that can be
 * shown as is ("The file … is not a Luoshi workspace (file is not a database)."). Unchecked,
 * because callers cannot repair a damaged file; they report it and carry on.
 */
public class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    static WorkspaceException notAWorkspace(Object file, String reason, Throwable cause) {
        return new WorkspaceException("The file " + file + " is not a Luoshi workspace (" + reason + ").",
                cause);
    }

    static WorkspaceException newerSchema(Object file, int found, int known) {
        return new WorkspaceException("The workspace " + file + " was written by a newer Luoshi (schema "
                + found + ", this version knows " + known + ").");
    }

    static WorkspaceException cannotOpen(Object file, Throwable cause) {
        return new WorkspaceException("Could not open the workspace " + file + " (" + reason(cause) + ").",
                cause);
    }

    /** A statement failed while doing {@code what} ("save the plan") in the workspace. */
    static WorkspaceException failed(Object file, String what, SQLException cause) {
        SQLiteErrorCode code = code(cause);
        if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB) {
            return new WorkspaceException("The workspace " + file + " is damaged (" + reason(cause) + ").",
                    cause);
        }
        return new WorkspaceException("Could not " + what + " in the workspace " + file + " ("
                + reason(cause) + ").", cause);
    }

    static SQLiteErrorCode code(Throwable e) {
        return e instanceof SQLiteException s ? s.getResultCode() : null;
    }

    /**
     * SQLite's own short text for the error. sqlite-jdbc prints "[SQLITE_NOTADB] File opened that
     * is not a database file (file is not a database)"; the part in brackets at the end is what
     * sqlite3_errmsg said and reads best to a person.
     */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = message.strip();
        int open = message.lastIndexOf('(');
        if (message.endsWith(")") && open >= 0 && open < message.length() - 2) {
            return message.substring(open + 1, message.length() - 1).strip();
        }
        return message.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "").replaceAll("\\s+", " ");
    }
}
