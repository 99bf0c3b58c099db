package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tooltip installed with {@link TooltipOnHover} is not made with the control (issue 20: the first
 * screen makes no tooltip), is there once the pointer comes over the control, follows its text, and
 * gets its set-up; the text is the control's accessible help from the start.
 */
class TooltipOnHoverUiTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void enter(Label l) {
        Event.fireEvent(l, new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstComesAndFollowsItsText() {
        SimpleStringProperty text = new SimpleStringProperty("红灯：已逾期");
        Label[] label = new Label[1];
        fx(() -> {
            label[0] = new Label("4");
            TooltipOnHover.install(label[0], text, tip -> tip.setWrapText(true));
        });
        assertThat(label[0].getTooltip()).isNull();
        assertThat(label[0].getAccessibleHelp()).isEqualTo("红灯：已逾期");

        fx(() -> enter(label[0]));
        assertThat(label[0].getTooltip()).isNotNull();
        assertThat(label[0].getTooltip().getText()).isEqualTo("红灯：已逾期");
        assertThat(label[0].getTooltip().isWrapText()).isTrue();

        fx(() -> text.set("黄灯：7日内到期"));
        assertThat(label[0].getTooltip().getText()).isEqualTo("黄灯：7日内到期");
        assertThat(label[0].getAccessibleHelp()).isEqualTo("黄灯：7日内到期");

        // The pointer coming again keeps the same tooltip (made once).
        javafx.scene.control.Tooltip first = label[0].getTooltip();
        fx(() -> enter(label[0]));
        assertThat(label[0].getTooltip()).isSameAs(first);
    }
}
