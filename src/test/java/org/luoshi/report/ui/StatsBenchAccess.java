package org.luoshi.report.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
import org.luoshi.plan.Plan;
import org.luoshi.plan.PlanSummary;
import org.luoshi.report.overview.Overview;
import org.luoshi.session.Session;
import org.luoshi.ui.ScriptedDialogs;

/** Opens the 统计 window of every plan for {@code bench.StatsBench}, as the feature does. */
public final class StatsBenchAccess {
    private StatsBenchAccess() {
    }

    /** Whether the window on {@code stage} (opened by {@link #open}) shows its charts for the overview it counted. */
    public static boolean chartsDrawn(Stage stage) {
        StatsWindow window = (StatsWindow) stage.getProperties().get(StatsWindow.class);
        return window != null && window.charts.drawnProperty().get() != null
                && window.charts.drawnProperty().get() == window.model.overviewProperty().get();
    }

    /** On the FX thread, with a session that runs at once and the plans held in memory: returns the overview shown. */
    public static Overview open(Stage stage, Session session, List<PlanSummary> plans, List<Plan> held,
            LocalDate today) {
        StatsViewModel model = new StatsViewModel(session, new ScriptedDialogs(), today, said -> { }, () -> held);
        StatsWindow window = new StatsWindow(stage, model, plans, 0, null, (p, t) -> { });
        new StatsExport(window);
        stage.getProperties().put(StatsWindow.class, window);
        window.load();
        stage.show();
        return model.overviewProperty().get();
    }
}
