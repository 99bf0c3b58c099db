package org.luoshi.archfixture.plan;

import org.luoshi.archfixture.app.Shell;

/** Planted: a class outside app depending on app, which must be the top of the graph. */
public class UsesApp {
    Shell shell;
}
