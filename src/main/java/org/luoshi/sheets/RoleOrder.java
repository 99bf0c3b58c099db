package org.luoshi.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Role;

/** The order in which a unit's sheet lists its tasks by role: lead → responsible → cooperating unless changed. */
public record RoleOrder(List<Role> roles) {
    public static final RoleOrder STANDARD = new RoleOrder(List.of(Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING));

    public RoleOrder {
        roles = List.copyOf(roles);
        if (roles.size() != Role.values().length || !EnumSet.copyOf(roles).equals(EnumSet.allOf(Role.class))) {
            throw new IllegalArgumentException("the role order must name each role once: " + roles);
        }
    }

    /**
     * Reads "lead,responsible,cooperating" (any order, case ignored; also 牵头,责任,配合).
     *
     * @throws IllegalArgumentException with a message for the user if a role is unknown, missing or twice
     */
    public static RoleOrder parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Role> roles = new ArrayList<>();
        for (String word : text.split("[,，、\\s]+")) {
            if (word.isBlank()) {
                continue;
            }
            roles.add(role(word.strip()));
        }
        try {
            return new RoleOrder(roles);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.get("sheets.error.roleOrder", text));
        }
    }

    private static Role role(String word) {
        switch (word.toLowerCase(Locale.ROOT)) {
            case "lead", "牵头":
                return Role.LEAD;
            case "responsible", "责任", "负责":
                return Role.RESPONSIBLE;
            case "cooperating", "配合":
                return Role.COOPERATING;
            default:
                throw new IllegalArgumentException(Messages.get("sheets.error.roleOrder", word));
        }
    }

    /** Every possible order, the standard one first. */
    public static List<RoleOrder> all() {
        List<RoleOrder> all = new ArrayList<>();
        all.add(STANDARD);
        for (Role a : Role.values()) {
            for (Role b : Role.values()) {
                for (Role c : Role.values()) {
                    if (a != b && b != c && a != c) {
                        RoleOrder o = new RoleOrder(List.of(a, b, c));
                        if (!o.equals(STANDARD)) {
                            all.add(o);
                        }
                    }
                }
            }
        }
        return all;
    }

    /** "牵头 → 责任 → 配合". */
    public String label() {
        return roles.stream().map(RoleOrder::roleName).collect(Collectors.joining(" → "));
    }

    /** The role's name as the sheet prints it (牵头 / 责任 / 配合). */
    public static String roleName(Role role) {
        return org.luoshi.i18n.DocumentTexts.get("sheets.role." + role.name());
    }

    /** Position of {@code role} in this order, 0 first. */
    public int rank(Role role) {
        return roles.indexOf(role);
    }
}
