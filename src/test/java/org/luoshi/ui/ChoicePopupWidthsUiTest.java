package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Choice boxes sized by {@link ChoicePopupWidths} are exactly as wide as the same boxes sized by their own
 * popups, and build no popup of their own before one is opened (issue 20).
 */
class ChoicePopupWidthsUiTest {
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static ChoiceBox<String> box(String selected, String... items) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "任意" : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setValue(selected);
        return box;
    }

    /** The sets of the filter bar's kind: short and long labels, Chinese and digits, a null item shown by the converter. */
    private static List<ChoiceBox<String>> boxes() {
        return List.of(box("任意角色", "任意角色", "牵头", "责任", "配合"),
                box("Any role", "Any role", "Lead only", "Responsible", "Cooperating"),
                box("Any deadline", "Any deadline", "Overdue", "Within 7 days", "Within 30 days", "This quarter", "No date"),
                box(null, null, "未开始", "进行中", "已完成", "已完成（逾期）", "已暂停"),
                box("红灯", "红灯", "黄灯", "绿灯", "蓝灯"),
                box("任意时限", "任意时限", "7日内到期", "本周", "本月", "已逾期", "无时限"));
    }

    private static Object popupOf(ChoiceBox<?> box) throws ReflectiveOperationException {
        java.lang.reflect.Field f = javafx.scene.control.skin.ChoiceBoxSkin.class.getDeclaredField("popup");
        f.setAccessible(true);
        return f.get(box.getSkin());
    }

    @Test
    void eachBoxIsAsWideAsItsOwnPopupWouldMakeIt() throws Exception {
        List<ChoiceBox<String>> plain = boxes();
        List<ChoiceBox<String>> measured = boxes();
        List<Double> plainWidths = new ArrayList<>();
        List<Double> measuredWidths = new ArrayList<>();
        List<Object> popups = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ChoicePopupWidths.applyTo(measured);
            VBox root = new VBox(6);
            root.getChildren().addAll(plain);
            root.getChildren().addAll(measured);
            stage = new Stage();
            stage.setScene(new Scene(root, 400, 400));
            stage.show();
            root.applyCss();
            root.layout();
            for (int i = 0; i < plain.size(); i++) {
                plainWidths.add(plain.get(i).prefWidth(-1));
                measuredWidths.add(measured.get(i).prefWidth(-1));
                try {
                    popups.add(popupOf(measured.get(i)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(measuredWidths).as("widths measured once against each box's own popup").isEqualTo(plainWidths);
        for (Object popup : popups) {
            assertThat(((ContextMenu) popup).getSkin()).as("a box's own popup is not built before it is opened").isNull();
        }
        // Opened once, a box asks its own popup from then on: as wide as a plain box opened once.
        for (ChoiceBox<String> b : List.of(plain.get(1), measured.get(1))) {
            WaitForAsyncUtils.asyncFx(b::show);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(b::hide);
            WaitForAsyncUtils.waitForFxEvents();
        }
        double[] after = new double[2];
        WaitForAsyncUtils.asyncFx(() -> {
            after[0] = measured.get(1).prefWidth(-1);
            after[1] = plain.get(1).prefWidth(-1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((ContextMenu) popups.get(1)).getSkin()).isNotNull();
        assertThat(after[0]).isEqualTo(after[1]);
    }
}
