package org.luoshi.find;

import java.time.LocalDate;
import org.luoshi.plan.Plan;

/** The plan a task belongs to, as lists across plans name it. */
public record PlanRef(long id, String title, String docNumber, LocalDate issuedOn) {

    public static PlanRef of(Plan plan) {
        return new PlanRef(plan.id(), plan.displayTitle(), plan.docNumber(), plan.issuedOn());
    }

    /** 晋政办发〔2023〕1号　落实…分工方案, or the title alone. */
    public String label() {
        return docNumber == null || docNumber.isBlank() ? title : docNumber + "　" + title;
    }
}
