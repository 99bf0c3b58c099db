package org.luoshi.app.detail;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightText;

/** The task's number, its plan, and its light with the reason in words. */
final class HeaderSection extends VBox {
    private final Label number = new Label();
    private final Label plan = new Label();
    private final Circle dot = new Circle(7);
    private final Label light = new Label();

    HeaderSection() {
        super(4);
        getStyleClass().add("detail-header");
        number.setId("detailNumber");
        number.getStyleClass().add("detail-number");
        plan.getStyleClass().add("detail-muted");
        plan.setWrapText(true);
        light.setId("detailLight");
        light.setWrapText(true);
        HBox lightRow = new HBox(8, dot, light);
        lightRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(number, plan, lightRow);
    }

    void show(TaskFacts facts) {
        number.setText(Messages.get("detail.task", facts.task().label()));
        plan.setText(facts.plan().label());
        String color = "light-" + facts.light().color().name().toLowerCase();
        if (!dot.getStyleClass().contains(color)) { // a new class styles the dot anew: only when it changes
            dot.getStyleClass().setAll("light-dot", color);
        }
        light.setText(LightText.explain(facts.light()));
    }
}
