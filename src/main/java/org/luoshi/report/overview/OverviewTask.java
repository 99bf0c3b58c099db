package org.luoshi.report.overview;

import org.luoshi.report.TaskPace;

/** A task of the overview with the plan it belongs to, so a click can list it and jump to it. */
public record OverviewTask(long planId, String planTitle, TaskPace pace) {
}
