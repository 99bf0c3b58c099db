package org.luoshi.archfixture.plan.ui;

import javafx.scene.control.Label;
import org.luoshi.archfixture.storage.Store;

/** Planted: a feature's view reaching into storage (its label, a node, is allowed). */
public class StorageView {
    Store store;
    Label label;
}
