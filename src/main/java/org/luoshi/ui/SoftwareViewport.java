package org.luoshi.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane's view drawn directly where the window draws in software. JavaFX's
 * {@code ScrollPaneSkin} caches its viewport ({@code setCache(true)}): whatever changes inside it —
 * another task shown in the detail pane, a scroll — the whole view is painted again into a picture,
 * which is then copied to the window. On a graphics card both are cheap; in software
 * ({@code prism.order=sw}: Xvfb, virtual machines, remote desktops — where {@code app.SoftwareRendering}
 * chooses it) painting into the picture and copying it doubled the renderer's work of every frame
 * that changed the pane (issue 20). Without the cache the pane's changes are painted into the window
 * directly, as everything else is; the pixels are the same.
 */
public final class SoftwareViewport {
    private SoftwareViewport() {
    }

    /** Turns the viewport's cache off once {@code pane} has its skin, when drawing in software only. */
    public static void drawDirectly(ScrollPane pane) {
        if (!softwareOnly(System.getProperty("prism.order"))) {
            return;
        }
        uncache(pane);
        pane.skinProperty().addListener((obs, old, skin) -> uncache(pane));
    }

    /** Whether this {@code prism.order} leaves JavaFX no pipeline but software drawing. */
    static boolean softwareOnly(String prismOrder) {
        return prismOrder != null && prismOrder.trim().equalsIgnoreCase("sw");
    }

    /** The skin's viewport is its child with the style class {@code viewport} (a StackPane in JavaFX 21). */
    static void uncache(ScrollPane pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                child.setCache(false);
            }
        }
    }
}
