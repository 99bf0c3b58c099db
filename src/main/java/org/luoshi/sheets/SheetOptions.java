package org.luoshi.sheets;

import java.time.LocalDate;
import java.util.Objects;
import org.luoshi.paper.Orientation;

/**
 * What the person making sheets may choose.
 *
 * @param orientation the paper's orientation, or null for the one each sheet reads best in
 *                    (a unit's sheet portrait, the whole plan landscape)
 * @param madeOn      the date printed as 制表日期
 */
public record SheetOptions(Orientation orientation, RoleOrder roleOrder, LocalDate madeOn) {
    public SheetOptions {
        Objects.requireNonNull(roleOrder, "roleOrder");
        Objects.requireNonNull(madeOn, "madeOn");
    }

    public static SheetOptions standard(LocalDate madeOn) {
        return new SheetOptions(null, RoleOrder.STANDARD, madeOn);
    }

    public SheetOptions withOrientation(Orientation o) {
        return new SheetOptions(o, roleOrder, madeOn);
    }

    public SheetOptions withRoleOrder(RoleOrder order) {
        return new SheetOptions(orientation, order, madeOn);
    }
}
