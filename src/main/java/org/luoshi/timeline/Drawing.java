package org.luoshi.timeline;

import java.util.List;

/** A chart or page as positioned primitives, ready for any painter. */
public record Drawing(double width, double height, List<Draw> items) {
    public Drawing {
        items = List.copyOf(items);
    }

    /** The primitives of one kind, in drawing order (tests look for diamonds and labels). */
    public <T extends Draw> List<T> all(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
