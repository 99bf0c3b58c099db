package org.luoshi.find;

import org.luoshi.plan.Role;

/** The role a unit filter asks for: any, or one role (LEAD: "lead only"). */
public enum RoleChoice {
    ANY(null), LEAD(Role.LEAD), RESPONSIBLE(Role.RESPONSIBLE), COOPERATING(Role.COOPERATING);

    private final Role role;

    RoleChoice(Role role) {
        this.role = role;
    }

    /** The role, or null for any. */
    public Role role() {
        return role;
    }
}
