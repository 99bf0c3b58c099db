package org.luoshi.rounds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Whose form a file is: the workspace, plan, round and unit it was made for, and its tasks (in the
 * order of its rows) each with a fingerprint of the locked cells of its row as written. Kept in the
 * form's hidden, protected sheet with a checksum over all of it, so a changed identity is told from
 * a form of another round.
 */
public record FormIdentity(String workspace, long planId, long roundId, String token, String unit,
        List<Long> taskIds, List<String> lockedPrints) {

    /** The format of the identity sheet; a form of another version is not read. */
    public static final int VERSION = 1;

    public FormIdentity {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(unit, "unit");
        taskIds = List.copyOf(taskIds);
        lockedPrints = List.copyOf(lockedPrints);
        if (taskIds.size() != lockedPrints.size()) {
            throw new IllegalArgumentException("one print per task");
        }
    }

    /** The checksum written beside the identity: SHA-256 of its fields, first 16 hex digits. */
    public String checksum() {
        StringBuilder s = new StringBuilder("luoshi-round-form|").append(VERSION).append('|').append(workspace)
                .append('|').append(planId).append('|').append(roundId).append('|').append(token).append('|')
                .append(unit);
        for (int i = 0; i < taskIds.size(); i++) {
            s.append('|').append(taskIds.get(i)).append(':').append(lockedPrints.get(i));
        }
        return hex(s.toString()).substring(0, 16);
    }

    /** The fingerprint of a row's locked cells: 12 hex digits of their SHA-256, blanks squeezed. */
    public static String print(List<String> lockedCells) {
        StringBuilder s = new StringBuilder();
        for (String cell : lockedCells) {
            s.append(cell == null ? "" : cell.replaceAll("\\s+", "")).append('\u001f');
        }
        return hex(s.toString()).substring(0, 12);
    }

    private static String hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
