package org.luoshi.report.ui;

import java.util.List;
import org.luoshi.report.overview.OverviewTask;

/** The tasks behind a number or a bar the person clicked, with what they are ("省发展改革委 · 欠序时"). */
public record TasksBehind(String title, List<OverviewTask> tasks) {
    public TasksBehind {
        tasks = List.copyOf(tasks);
    }
}
