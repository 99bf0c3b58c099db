package org.luoshi.sheets.ui;

import org.luoshi.i18n.Messages;
import org.luoshi.sheets.UnitRoles;

/** An entry of the dialog's list: the whole plan's sheet, or one unit's. */
record SheetChoice(UnitRoles unit) {
    static final SheetChoice WHOLE_PLAN = new SheetChoice(null);

    boolean wholePlan() {
        return unit == null;
    }

    /** The unit's name, or the whole plan's entry. */
    String name() {
        return wholePlan() ? Messages.get("sheets.ui.wholePlan") : unit.unit();
    }

    /** "牵头 5 · 责任 7 · 配合 1", or "" for the whole plan. */
    String counts() {
        return wholePlan() ? "" : Messages.get("sheets.ui.unitCounts", unit.lead(), unit.responsible(), unit.cooperating());
    }
}
