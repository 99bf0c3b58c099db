package org.luoshi.archfixture.app;

import javafx.scene.Node;

/** Allowed: the app shell touches nodes. */
public class Shell {
    Node content;
}
