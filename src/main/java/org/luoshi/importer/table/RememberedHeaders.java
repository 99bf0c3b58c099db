package org.luoshi.importer.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the person said a table header means, kept for headers spelled that way: once 推进主体 was
 * chosen to mean 责任单位 in the review dialog, the next table headed 推进主体 reads so at once. The
 * table reader asks it before its own header words; {@link TableColumn#OTHER} remembered means
 * "read this column as nothing". Kept in the user settings as header text → meaning name.
 * Immutable.
 */
public final class RememberedHeaders {
    public static final RememberedHeaders NONE = new RememberedHeaders(Map.of());

    /** Longer than any header: a cell of task text is no header to remember. */
    private static final int MAX_HEADER = 40;

    private final Map<String, TableColumn> meanings;

    private RememberedHeaders(Map<String, TableColumn> meanings) {
        this.meanings = Map.copyOf(meanings);
    }

    /** From the settings' header → meaning names; a name that is no {@link TableColumn} is left out. */
    public static RememberedHeaders fromNames(Map<String, String> names) {
        Map<String, TableColumn> out = new LinkedHashMap<>();
        names.forEach((header, name) -> {
            String key = key(header);
            try {
                if (!key.isEmpty()) {
                    out.put(key, TableColumn.valueOf(name.strip()));
                }
            } catch (IllegalArgumentException e) {
                // a meaning this version does not know: forgotten, not fatal
            }
        });
        return new RememberedHeaders(out);
    }

    /** The meaning remembered for a header spelled as {@code header} (spaces aside), if any. */
    public Optional<TableColumn> meaningOf(String header) {
        return meanings.isEmpty() ? Optional.empty() : Optional.ofNullable(meanings.get(key(header)));
    }

    /**
     * What a header cell means: the meaning remembered for that spelling, else the built-in header
     * words of {@link TableColumn} (empty when neither knows it).
     */
    public Optional<TableColumn> headerMeaning(String header) {
        Optional<TableColumn> remembered = meaningOf(header);
        return remembered.isPresent() ? remembered : TableColumn.of(header);
    }

    /** These and {@code header} read as {@code meaning}; unchanged for a blank or overlong header. */
    public RememberedHeaders with(String header, TableColumn meaning) {
        String key = key(header);
        if (key.isEmpty() || key.length() > MAX_HEADER || meaning.equals(meanings.get(key))) {
            return this;
        }
        Map<String, TableColumn> out = new LinkedHashMap<>(meanings);
        out.put(key, meaning);
        return new RememberedHeaders(out);
    }

    /** Header → meaning name, for the settings file. */
    public Map<String, String> toNames() {
        Map<String, String> out = new LinkedHashMap<>();
        meanings.forEach((k, v) -> out.put(k, v.name()));
        return out;
    }

    public boolean isEmpty() {
        return meanings.isEmpty();
    }

    /** The header as remembered: without spaces of any kind (表格 wraps 牵头\n单位). */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RememberedHeaders r && r.meanings.equals(meanings);
    }

    @Override
    public int hashCode() {
        return meanings.hashCode();
    }

    @Override
    public String toString() {
        return "RememberedHeaders" + meanings;
    }
}
