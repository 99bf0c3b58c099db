package org.luoshi.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's tool bar and legend are made when the pane first joins a scene, not with the main
 * window (issue 20: ~25 ms of its start); what the feature set before that holds once they are made.
 */
class TimelinePaneUiTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theToolBarIsMadeWhenThePaneFirstJoinsASceneWithWhatWasSetBefore() {
        List<String> ran = new ArrayList<>();
        TimelinePane[] pane = new TimelinePane[1];
        robot.interact(() -> {
            pane[0] = new TimelinePane();
            pane[0].setHorizonEditable(false);
            pane[0].setOnExportPng(() -> ran.add("png"));
            pane[0].setOnPrint(() -> ran.add("print"));
        });
        assertThat(pane[0].getTop()).as("no tool bar before the pane is in a scene").isNull();
        assertThat(pane[0].getBottom()).as("no legend either").isNull();
        assertThat(pane[0].lookup("#timeline-png")).isNull();

        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(pane[0]), 1000, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane[0].getTop()).isNotNull();
        assertThat(pane[0].getBottom()).isNotNull();
        assertThat(pane[0].lookup("#timeline-horizon").isDisabled()).as("set before, applied now").isTrue();
        robot.interact(() -> {
            ((Button) pane[0].lookup("#timeline-png")).fire();
            ((Button) pane[0].lookup("#timeline-print")).fire();
            ((Button) pane[0].lookup("#timeline-pdf")).fire(); // none set: nothing happens
        });
        assertThat(ran).containsExactly("png", "print");

        robot.interact(() -> pane[0].setHorizonEditable(true));
        assertThat(pane[0].lookup("#timeline-horizon").isDisabled()).isFalse();
    }
}
