package org.luoshi.archfixture.plan;

import javafx.scene.Node;

/** Planted: pure code holding a JavaFX node. */
public class NodeUser {
    Node node;
}
