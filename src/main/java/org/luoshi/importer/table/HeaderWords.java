package org.luoshi.importer.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The words a table's header cells are recognised by: header texts the user assigned a meaning
 * to in the review dialog (remembered for headers spelled that way), consulted before the
 * built-in vocabulary of {@link TableColumn}. Compared without spaces, so that 序　号 is 序号.
 * Immutable; {@link #with} gives a copy with one more choice.
 */
public final class HeaderWords {
    /** The built-in vocabulary alone. */
    public static final HeaderWords BUILT_IN = new HeaderWords(Map.of());

    private final Map<String, TableColumn> remembered;

    private HeaderWords(Map<String, TableColumn> remembered) {
        this.remembered = Map.copyOf(remembered);
    }

    /** The built-in vocabulary with the user's choices on top: header text → meaning. */
    public static HeaderWords remembering(Map<String, TableColumn> choices) {
        Map<String, TableColumn> m = new LinkedHashMap<>();
        choices.forEach((header, meaning) -> {
            String h = TableColumn.normalise(header);
            if (!h.isEmpty() && meaning != null) {
                m.put(h, meaning);
            }
        });
        return new HeaderWords(m);
    }

    /** These words and the choice that {@code header} means {@code meaning}. */
    public HeaderWords with(String header, TableColumn meaning) {
        Map<String, TableColumn> m = new LinkedHashMap<>(remembered);
        m.put(TableColumn.normalise(header), meaning);
        return remembering(m);
    }

    /** The user's choices, header text (without spaces) → meaning, to be stored. */
    public Map<String, TableColumn> remembered() {
        return remembered;
    }

    /** What a header cell means: the user's choice for that spelling, else the built-in words. */
    public Optional<TableColumn> meaningOf(String header) {
        TableColumn chosen = remembered.isEmpty() ? null : remembered.get(TableColumn.normalise(header));
        return chosen != null ? Optional.of(chosen) : TableColumn.of(header);
    }
}
