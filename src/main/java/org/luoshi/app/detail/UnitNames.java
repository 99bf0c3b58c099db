package org.luoshi.app.detail;

import java.util.List;

/** The unit directory as the detail pane sees it: names to complete from, and the name kept for a typed one. */
public interface UnitNames {
    /** Every unit name of the workspace, for completion. */
    List<String> all();

    /** The directory's name for {@code typed} (省发改委 → 省发展改革委), or {@code typed} itself. */
    String canonical(String typed);
}
