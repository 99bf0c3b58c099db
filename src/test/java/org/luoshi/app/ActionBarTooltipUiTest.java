package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.Messages;
import org.luoshi.i18n.MessagesLocale;
import org.testfx.api.FxToolkit;

/**
 * The toolbar's tooltips are made when the pointer first comes over a button, not for the first
 * screen (issue 20); the button has its name from the start, and the tooltip the action's text.
 */
class ActionBarTooltipUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void enter(Button b) {
        Event.fireEvent(b, new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    @Test
    void aButtonGetsItsTooltipWhenThePointerFirstComesOverIt() {
        Button[] button = new Button[2];
        ActionBar[] bar = new ActionBar[1];
        SimpleStringProperty undoText = new SimpleStringProperty("撤销 修改完成时限");
        AppHarness.fx(() -> {
            bar[0] = new ActionBar();
            bar[0].register(AppAction.IMPORT_FILE, () -> { });
            bar[0].register(AppAction.UNDO, () -> { });
            bar[0].text(AppAction.UNDO, undoText);
        });
        // The bar is rebuilt once after the registrations (a later turn of the FX thread).
        AppHarness.fx(() -> {
            for (javafx.scene.Node n : bar[0].getChildren()) {
                if (n instanceof javafx.scene.control.ToolBar tools) {
                    for (javafx.scene.Node item : tools.getItems()) {
                        if ("tool-IMPORT_FILE".equals(item.getId())) {
                            button[0] = (Button) item;
                        } else if ("tool-UNDO".equals(item.getId())) {
                            button[1] = (Button) item;
                        }
                    }
                }
            }
        });
        assertThat(button[0]).isNotNull();
        assertThat(button[0].getTooltip()).isNull();
        assertThat(button[0].getAccessibleText()).isEqualTo(Messages.get(AppAction.IMPORT_FILE.textKey()));

        AppHarness.fx(() -> enter(button[0]));
        assertThat(button[0].getTooltip()).isNotNull();
        assertThat(button[0].getTooltip().getText()).isEqualTo(Messages.get(AppAction.IMPORT_FILE.textKey()));

        // A text that follows a value (Undo names the edit) is followed by the tooltip too.
        AppHarness.fx(() -> enter(button[1]));
        assertThat(button[1].getTooltip().getText()).isEqualTo("撤销 修改完成时限");
        AppHarness.fx(() -> undoText.set("撤销 删除任务"));
        assertThat(button[1].getTooltip().getText()).isEqualTo("撤销 删除任务");
    }
}
