package org.luoshi.requests;

import java.util.Locale;
import java.util.Objects;

/**
 * One evidence file (佐证材料) attached to a closing request: the name it had, and the stored
 * content it points to (content-addressed: the same bytes attached twice are stored once).
 *
 * @param name   the file name as attached ("验收报告.pdf")
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits
 * @param size   bytes
 */
public record EvidenceFile(String name, String sha256, long size) {
    public EvidenceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.toLowerCase(Locale.ROOT);
    }

    /** The size for people: 12 KB, 3.4 MB. */
    public String shownSize() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
