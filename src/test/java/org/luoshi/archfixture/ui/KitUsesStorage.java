package org.luoshi.archfixture.ui;

import javafx.scene.control.Button;
import org.luoshi.archfixture.storage.Store;

/** Planted: the UI kit reaching into storage (its button, a node, is allowed). */
public class KitUsesStorage {
    Store store;
    Button button;
}
