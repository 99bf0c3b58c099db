package org.luoshi.find;

import java.time.LocalDate;
import java.util.Objects;
import org.luoshi.lights.LightColor;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.TaskStatus;

/**
 * What the filter bar asks for; every part left empty lets all tasks through.
 *
 * @param unit   a unit name, or null for any
 * @param role   the role that unit must hold (ANY, or one role: LEAD is "lead only")
 * @param status a status, or null for any
 * @param light  a light, or null for any
 * @param window the deadline window
 */
public record TaskFilter(String unit, RoleChoice role, TaskStatus status, LightColor light, DeadlineWindow window) {
    public static final TaskFilter NONE = new TaskFilter(null, RoleChoice.ANY, null, null, DeadlineWindow.ANY);

    public TaskFilter {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        role = Objects.requireNonNullElse(role, RoleChoice.ANY);
        window = Objects.requireNonNullElse(window, DeadlineWindow.ANY);
    }

    public boolean isEmpty() {
        return unit == null && status == null && light == null && window == DeadlineWindow.ANY;
    }

    public TaskFilter withUnit(String newUnit, RoleChoice newRole) {
        return new TaskFilter(newUnit, newRole, status, light, window);
    }

    public TaskFilter withStatus(TaskStatus newStatus) {
        return new TaskFilter(unit, role, newStatus, light, window);
    }

    public TaskFilter withLight(LightColor newLight) {
        return new TaskFilter(unit, role, status, newLight, window);
    }

    public TaskFilter withWindow(DeadlineWindow newWindow) {
        return new TaskFilter(unit, role, status, light, newWindow);
    }

    public boolean test(TaskFacts facts, LocalDate today, int dueSoonDays) {
        if (unit != null && !holds(facts, unit, role)) {
            return false;
        }
        if (status != null && facts.task().status() != status) {
            return false;
        }
        if (light != null && facts.light().color() != light) {
            return false;
        }
        return window.test(facts, today, dueSoonDays);
    }

    private static boolean holds(TaskFacts facts, String unit, RoleChoice role) {
        for (Assignment a : facts.task().assignments()) {
            if (a.unit().name().equals(unit) && (role.role() == null || a.role() == role.role())) {
                return true;
            }
        }
        return false;
    }
}
