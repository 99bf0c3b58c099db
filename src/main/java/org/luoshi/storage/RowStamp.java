package org.luoshi.storage;

import java.time.LocalDateTime;

/**
 * The version of one editable row and who changed it last, when.
 *
 * @param version   1 when the row was made, one more at every change
 * @param changedBy who made the last change: the PostgreSQL role ({@code current_user}) on a server,
 *                  the person's name (settings, else the computer's user) on a file; "" if the row was
 *                  not changed since it was made (imported, copied, received on a form)
 * @param changedAt when, in the computer's local time, to the second; null as for {@code changedBy}
 */
public record RowStamp(long version, String changedBy, LocalDateTime changedAt) {
    public RowStamp {
        changedBy = changedBy == null ? "" : changedBy;
    }
}
