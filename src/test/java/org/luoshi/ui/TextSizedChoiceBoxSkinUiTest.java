package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.geometry.Orientation;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Choice boxes with {@link TextSizedChoiceBoxSkin} are exactly as wide as plain ones (sized by their popups),
 * in English and Chinese, build no popup before they are opened, and open and choose as before (issue 20).
 */
class TextSizedChoiceBoxSkinUiTest {
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

    /** The filter bar's item texts in one language, read from the bundle (the null role is "any"). */
    private static List<List<String>> filterTexts(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.luoshi.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return List.of(
                List.of(b.getString("filter.role.ANY"), b.getString("filter.role.LEAD"),
                        b.getString("filter.role.RESPONSIBLE"), b.getString("filter.role.COOPERATING")),
                List.of(b.getString("filter.status.any"), b.getString("filter.light.any")),
                List.of(b.getString("filter.window.ANY"), b.getString("filter.window.OVERDUE"),
                        b.getString("filter.window.DUE_SOON").replace("{0}", "7"), b.getString("filter.window.NEXT_30_DAYS"),
                        b.getString("filter.window.THIS_QUARTER"), b.getString("filter.window.NO_DATE")),
                List.of("a"), List.of("已完成（逾期）", "WWWWWWWWWWWW 进行中"));
    }

    private static ContextMenu popupOf(ChoiceBox<?> box) throws ReflectiveOperationException {
        java.lang.reflect.Field f = ChoiceBoxSkin.class.getDeclaredField("popup");
        f.setAccessible(true);
        return (ContextMenu) f.get(box.getSkin());
    }

    private List<ChoiceBox<String>> show(Locale locale, boolean textSized) throws Exception {
        List<ChoiceBox<String>> boxes = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            // A flow pane, as in the filter bar: it asks its children only their preferred widths.
            FlowPane root = new FlowPane(Orientation.VERTICAL, 4, 4);
            for (List<String> items : filterTexts(locale)) {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.getItems().setAll(items);
                box.setValue(items.get(0));
                if (textSized) {
                    box.setSkin(new TextSizedChoiceBoxSkin<>(box));
                }
                boxes.add(box);
                root.getChildren().add(box);
            }
            Scene scene = new Scene(root, 500, 400);
            scene.getStylesheets().add(org.luoshi.app.FilterBar.class.getResource("luoshi.css").toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return boxes;
    }

    private static List<Double> widths(List<ChoiceBox<String>> boxes) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Double> w = new ArrayList<>();
            for (ChoiceBox<String> box : boxes) {
                w.add(box.getWidth());
                w.add(box.minWidth(-1));
            }
            return w;
        }).get();
    }

    @Test
    void boxesAreAsWideAsTheirPopupsWouldMakeThemInBothLanguagesWithoutBuildingThem() throws Exception {
        for (Locale locale : List.of(Locale.ROOT, Locale.CHINESE)) {
            List<Double> plain = widths(show(locale, false));
            close();
            List<ChoiceBox<String>> sized = show(locale, true);
            for (ChoiceBox<String> box : sized) {
                assertThat(popupOf(box).getSkin()).as("popup built before first open").isNull();
                assertThat(((TextSizedChoiceBoxSkin<?>) box.getSkin()).popupWidthFromTexts()).isPositive();
            }
            assertThat(widths(sized)).as(locale.toString()).isEqualTo(plain);
            close();
        }
    }

    @Test
    void aBoxOpensAndChoosesAsBefore() throws Exception {
        ChoiceBox<String> box = show(Locale.ROOT, true).get(2);
        WaitForAsyncUtils.asyncFx(box::show).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popupOf(box).getSkin()).isNotNull();
        assertThat(popupOf(box).getItems()).hasSize(6);
        ContextMenu popup = popupOf(box);
        WaitForAsyncUtils.asyncFx(() -> popup.getItems().get(1).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo("Overdue");
        assertThat(box.isShowing()).isFalse();
    }
}
