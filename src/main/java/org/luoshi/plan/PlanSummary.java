package org.luoshi.plan;

import java.time.LocalDate;

/** One line of the workspace's plan list, without the tasks. */
public record PlanSummary(long id, String title, String docNumber, LocalDate issuedOn, int taskCount) {
}
