package org.luoshi.importer.parse;

import java.util.List;

/** Unit names read from one list, and whether the list ended with 等相关部门 / 等. */
public record UnitList(List<String> names, boolean othersIncluded) {
    public UnitList {
        names = List.copyOf(names);
    }
}
