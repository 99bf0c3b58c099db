package org.luoshi.sheets.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.luoshi.i18n.Messages;
import org.luoshi.paper.Orientation;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;

/** The choices above the preview: paper orientation, order of the roles, file format; and the page count. */
final class SheetOptionsBar extends HBox {
    /** The paper's orientation, or AUTO: as suits the sheet (a unit's portrait, the whole plan landscape). */
    enum Paper { AUTO, PORTRAIT, LANDSCAPE }

    private final ChoiceBox<Paper> paper = new ChoiceBox<>(FXCollections.observableArrayList(Paper.values()));
    private final ChoiceBox<RoleOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(RoleOrder.all()));
    private final ChoiceBox<SheetFormat> format =
            new ChoiceBox<>(FXCollections.observableArrayList(SheetFormat.values()));
    private final Label pageCount = new Label();

    /** Shows and sets {@code model}'s options; shows the number of pages on show. */
    SheetOptionsBar(SheetsViewModel model) {
        paper.setConverter(converter(p -> Messages.get("sheets.ui.orientation." + p.name())));
        paper.setValue(paperOf(model.orientationProperty().get()));
        paper.valueProperty().addListener((obs, old, now) -> model.orientationProperty().set(orientationOf(now)));
        model.orientationProperty().addListener((obs, old, now) -> paper.setValue(paperOf(now)));
        paper.setId("sheetOrientation");
        order.setConverter(converter(RoleOrder::label));
        order.valueProperty().bindBidirectional(model.roleOrderProperty());
        order.setId("sheetRoleOrder");
        format.setConverter(converter(f -> Messages.get("sheets.ui.format." + f.name())));
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("sheetFormat");
        pageCount.textProperty().bind(Bindings.createStringBinding(() -> model.layout() == null ? ""
                : Messages.get("sheets.ui.pages", model.layout().pages().size()), model.layoutProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setSpacing(8);
        getChildren().addAll(new Label(Messages.get("sheets.ui.orientation")), paper,
                new Label(Messages.get("sheets.ui.order")), order, new Label(Messages.get("sheets.ui.format")), format,
                spacer, pageCount);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
    }

    /** The orientation chosen, or null for the one that suits the sheet. */
    private static Orientation orientationOf(Paper p) {
        return p == null || p == Paper.AUTO ? null : Orientation.valueOf(p.name());
    }

    private static Paper paperOf(Orientation o) {
        return o == null ? Paper.AUTO : Paper.valueOf(o.name());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // the choice boxes are not editable: text never comes back as a value
            }
        };
    }
}
