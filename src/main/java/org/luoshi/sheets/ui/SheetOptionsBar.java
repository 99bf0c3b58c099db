package org.luoshi.sheets.ui;

import java.util.function.Function;
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

    /** @param onChange told when the orientation or the order changes (the preview follows) */
    SheetOptionsBar(Runnable onChange) {
        paper.setConverter(converter(p -> Messages.get("sheets.ui.orientation." + p.name())));
        paper.setValue(Paper.AUTO);
        paper.valueProperty().addListener((obs, old, now) -> onChange.run());
        paper.setId("sheetOrientation");
        order.setConverter(converter(RoleOrder::label));
        order.setValue(RoleOrder.STANDARD);
        order.valueProperty().addListener((obs, old, now) -> onChange.run());
        order.setId("sheetRoleOrder");
        format.setConverter(converter(f -> Messages.get("sheets.ui.format." + f.name())));
        format.setValue(SheetFormat.PDF);
        format.setId("sheetFormat");
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
    Orientation orientation() {
        Paper p = paper.getValue();
        return p == null || p == Paper.AUTO ? null : Orientation.valueOf(p.name());
    }

    void setOrientation(Orientation o) {
        paper.setValue(o == null ? Paper.AUTO : Paper.valueOf(o.name()));
    }

    RoleOrder roleOrder() {
        return order.getValue();
    }

    void setRoleOrder(RoleOrder o) {
        order.setValue(o);
    }

    SheetFormat format() {
        return format.getValue();
    }

    void setFormat(SheetFormat f) {
        format.setValue(f);
    }

    void setPageCount(int pages) {
        pageCount.setText(Messages.get("sheets.ui.pages", pages));
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
