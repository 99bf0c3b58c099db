package org.luoshi.ui;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Keeps JavaFX from repainting the whole window in the frame after a change (issue 20).
 *
 * <p>Why: skins apply CSS to nodes during layout (the table's new cells, a combo box's text field).
 * That leaves the root's CSS flag set after the frame, so JavaFX runs one more pulse in which only
 * the root is synchronised, with nothing changed. The renderer then finds no dirty region and paints
 * every pixel of the window (its "no dirty region → paint everything" rule): 20–30 ms of software
 * rendering after each key in the task table at 10,000 tasks, for a frame that looks the same.
 *
 * <p>How: in the pulse after a pulse that laid something out, a 1×1 node with nothing to draw changes
 * its opacity, so that pulse has a dirty region of one pixel and the renderer paints only that. A
 * change of opacity asks for no layout, so it never arms the next pulse by itself: at most one small
 * extra frame follows a pulse with layout work.
 */
public final class EmptyFrameGuard {
    private final Region mark = new Region();
    private boolean armed;
    private boolean workThisPulse;
    private final Runnable beforeLayout = () -> workThisPulse = markScene() != null && markScene().getRoot().isNeedsLayout();
    private final Runnable afterLayout = this::afterLayout;

    /** Adds the guard's mark to {@code host} (the window's root) and watches the scene it is shown in. */
    public EmptyFrameGuard(Pane host) {
        mark.getStyleClass().add("empty-frame-guard");
        mark.setManaged(false);
        mark.setMouseTransparent(true);
        mark.setFocusTraversable(false);
        mark.resizeRelocate(0, 0, 1, 1);
        host.getChildren().add(mark);
        mark.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforeLayout);
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforeLayout);
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    private Scene markScene() {
        return mark.getScene();
    }

    private void afterLayout() {
        if (armed) {
            mark.setOpacity(mark.getOpacity() == 1 ? 0.5 : 1);
        }
        armed = workThisPulse;
        workThisPulse = false;
    }

    /** The node whose one pixel is marked dirty (for tests). */
    Region mark() {
        return mark;
    }
}
