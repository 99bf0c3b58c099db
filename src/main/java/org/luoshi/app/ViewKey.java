package org.luoshi.app;

import org.luoshi.find.SmartList;

/** What the centre of the window shows: a plan, a unit's tasks, the chosen "my unit", a smart list, or search results. */
public sealed interface ViewKey {

    /** The tasks of one plan under its parts and sections. */
    record PlanView(long planId) implements ViewKey {
    }

    /** One unit's tasks across every plan, under its roles. */
    record UnitView(String unit) implements ViewKey {
    }

    /** The unit chosen as "my unit" (remembered in the workspace), like {@link UnitView}. */
    record MyUnitView() implements ViewKey {
    }

    /** Overdue, due soon, this week, milestones or done, across every plan. */
    record SmartView(SmartList list) implements ViewKey {
    }

    /** Tasks of every plan whose text, units, progress or notes contain the query. */
    record SearchView(String query) implements ViewKey {
    }
}
