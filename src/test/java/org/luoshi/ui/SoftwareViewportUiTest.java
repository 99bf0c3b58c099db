package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane's view drawn without JavaFX's cached picture when the window draws in software
 * (issue 20): the tests run with {@code prism.order=sw}, as the app under Xvfb. A scroll pane left
 * alone keeps JavaFX's cache — which also checks that the viewport is still found where this looks.
 */
class SoftwareViewportUiTest {
    private String order;

    @BeforeEach
    void stage() throws Exception {
        order = System.getProperty("prism.order");
        System.setProperty("prism.order", "sw");
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void restore() throws Exception {
        if (order == null) {
            System.clearProperty("prism.order");
        } else {
            System.setProperty("prism.order", order);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void onlySoftwareDrawingCounts() {
        assertThat(SoftwareViewport.softwareOnly("sw")).isTrue();
        assertThat(SoftwareViewport.softwareOnly(" SW ")).isTrue();
        assertThat(SoftwareViewport.softwareOnly("es2,sw")).isFalse(); // a graphics card first: its cache is cheap
        assertThat(SoftwareViewport.softwareOnly("es2")).isFalse();
        assertThat(SoftwareViewport.softwareOnly(null)).isFalse();
    }

    @Test
    void aPaneTurnedOffBeforeItsSkinDrawsItsViewDirectlyAndOthersKeepTheCache() throws Exception {
        ScrollPane plain = new ScrollPane(new Label("任务内容"));
        ScrollPane direct = new ScrollPane(new Label("进展情况"));
        SoftwareViewport.drawDirectly(direct); // as TaskDetailPane does in its constructor, before any skin
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new HBox(plain, direct), 400, 300));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewports(plain)).hasSize(1).allSatisfy(v -> assertThat(v.isCache()).isTrue());
        assertThat(viewports(direct)).hasSize(1).allSatisfy(v -> assertThat(v.isCache()).isFalse());
    }

    @Test
    void outsideSoftwareDrawingTheCacheStays() throws Exception {
        System.setProperty("prism.order", "es2,sw");
        ScrollPane pane = new ScrollPane(new Label("任务内容"));
        SoftwareViewport.drawDirectly(pane);
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(pane, 400, 300));
            s.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getSkin() != null);

        assertThat(viewports(pane)).hasSize(1).allSatisfy(v -> assertThat(v.isCache()).isTrue());
    }

    private static List<Node> viewports(ScrollPane pane) {
        return pane.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("viewport")).toList();
    }
}
