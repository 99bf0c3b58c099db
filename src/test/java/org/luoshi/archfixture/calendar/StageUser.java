package org.luoshi.archfixture.calendar;

import javafx.stage.Stage;

/** Planted: pure code opening a window. */
public class StageUser {
    void show() {
        new Stage().show();
    }
}
