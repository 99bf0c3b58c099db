package org.luoshi.requests.ui;

import java.time.LocalDate;
import java.util.Optional;
import org.luoshi.plan.Task;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Requests;

/** The forms the person fills in for requests; the window's are JavaFX dialogs, the tests' are scripted. */
interface RequestDialogs {
    /** A decision: yes (同意 / 通过) or no (不同意 / 退回), with the opinion. */
    record Decision(boolean yes, String opinion) {
    }

    Optional<Requests.Extend> askExtension(Task task, LocalDate today);

    Optional<Requests.Close> askClosing(Task task, LocalDate today);

    Optional<Decision> askDecision(TaskRequest request, Task task);
}
