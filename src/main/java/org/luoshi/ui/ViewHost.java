package org.luoshi.ui;

import javafx.scene.Node;

/**
 * Where a feature places a view of its own beside the main window's task table (the timeline): the
 * window stays the owner of the layout, the feature only names its view and asks for it to be shown.
 */
public interface ViewHost {

    /** Adds {@code view} under {@code title}; it joins the scene when it is first shown. */
    void addView(String id, String title, Node view);

    /** Runs {@code action} once, the first time the view {@code id} comes to the front. */
    void whenFirstShown(String id, Runnable action);

    /** Brings the view {@code id} to the front. */
    void showView(String id);

    /**
     * Lets the view {@code id} join the scene behind the one on show, without showing it, so that its
     * styles and skin are made at a quiet moment instead of when it is first opened. By default nothing.
     */
    default void prepareView(String id) {
    }
}
