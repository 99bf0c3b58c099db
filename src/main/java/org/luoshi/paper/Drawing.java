package org.luoshi.paper;

import java.util.List;

/** A page or chart as positioned primitives, ready for any painter. */
public record Drawing(double width, double height, List<Draw> items) {
    public Drawing {
        items = List.copyOf(items);
    }

    /** The primitives of one kind, in drawing order (tests look for diamonds and labels). */
    public <T extends Draw> List<T> all(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Hands every primitive to {@code painter}, in order. */
    public void paintOn(Painter painter) {
        for (Draw d : items) {
            painter.paint(d);
        }
    }
}
