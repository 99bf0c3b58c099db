package org.luoshi.plan;

import java.util.Objects;

/**
 * An organisation that receives tasks (省发展改革委, 各市人民政府 …). Units form one directory
 * shared by every plan of a workspace; {@code id} is 0 until the unit is stored.
 */
public record Unit(long id, String name) {
    public Unit {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
    }

    public static Unit named(String name) {
        return new Unit(0, name);
    }
}
