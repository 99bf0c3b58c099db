package org.luoshi.report.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.luoshi.i18n.Messages;
import org.luoshi.report.PaceClass;
import org.luoshi.report.overview.Overview;

/** One tile per pace class (and one for all): its name, its count, its share; a click lists its tasks. */
final class PaceTiles extends FlowPane {
    private final Consumer<TasksBehind> open;

    PaceTiles(Consumer<TasksBehind> open) {
        super(8, 8);
        this.open = open;
        getStyleClass().add("pace-tiles");
    }

    void show(Overview o) {
        getChildren().clear();
        getChildren().add(tile("all", Messages.get("stats.ui.total"), o.counts().total(), 100,
                () -> open.accept(new TasksBehind(Messages.get("stats.ui.total"), o.tasksIn(null)))));
        for (PaceClass c : PaceClass.values()) {
            getChildren().add(tile(c.name().toLowerCase(Locale.ROOT), c.label(), o.counts().count(c),
                    o.counts().percent(c), () -> open.accept(new TasksBehind(c.label(), o.tasksIn(c)))));
        }
    }

    private static VBox tile(String id, String name, int count, double percent, Runnable click) {
        Label title = new Label(name);
        Label number = new Label(String.valueOf(count));
        number.getStyleClass().add("pace-tile-count");
        Label share = new Label(String.format(Locale.ROOT, "%.1f%%", percent));
        share.getStyleClass().add("pace-tile-share");
        VBox tile = new VBox(title, number, share);
        tile.getStyleClass().addAll("pace-tile", "pace-" + id);
        tile.setId("paceTile-" + id);
        tile.setOnMouseClicked(e -> click.run());
        return tile;
    }
}
