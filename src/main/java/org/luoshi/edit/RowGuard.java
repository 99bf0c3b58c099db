package org.luoshi.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.luoshi.storage.RowStamp;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.storage.Workspace;

/**
 * The check every edit makes before it writes a row (issue 19): it claims the row's next version
 * ({@code UPDATE … WHERE id = ? AND version = ?}), then — holding the row — compares the value it
 * is about to replace with the value the person saw when they made the edit. A different value
 * written by someone else refuses the edit with an {@link EditConflict} (who, when, the value now),
 * and the edit's transaction rolls back with the claimed version. A different value the same
 * workspace connection wrote itself (the person's own earlier edit, not yet on show when this one
 * was made) is no conflict.
 *
 * <p>The claim is per row, the comparison per value: two people changing different fields of one
 * task one after the other both succeed (the second claim waits for the first and takes the next
 * version); two people changing the same field are told.
 */
public final class RowGuard {
    /** How many times a claim is tried again when other clients keep moving the row's version. */
    private static final int CLAIMS = 20;

    private RowGuard() {
    }

    /**
     * Claims row {@code id} and returns its value now.
     *
     * @param seen    the value the person saw (null: not known, no comparison)
     * @param current reads the value now (empty: the row is gone)
     * @param show    the value as the person reads it, for the message
     */
    public static <V> V claim(Workspace ws, Row row, long id, EditConflict.Step step, String edit, V seen,
            Supplier<Optional<V>> current, Function<V, String> show, String attempted) {
        for (int attempt = 0; attempt < CLAIMS; attempt++) {
            Optional<RowStamp> before = ws.versions().stamp(row, id);
            if (before.isEmpty()) {
                throw new EditConflict(step, edit, "", null, null, attempted);
            }
            RowStamp was = before.get();
            boolean mine = ws.versions().ownVersion(row, id, was.version());
            if (ws.versions().advance(row, id, was.version()).isEmpty()) {
                continue; // another client committed a change between the read and the claim: read again
            }
            V now = current.get().orElseThrow(() -> new EditConflict(step, edit, "", null, null, attempted));
            if (seen != null && !Objects.equals(now, seen) && !mine) {
                throw new EditConflict(step, edit, was.changedBy(), was.changedAt(), show.apply(now), attempted);
            }
            return now;
        }
        throw new EditConflict(step, edit, "", null, null, attempted);
    }
}
