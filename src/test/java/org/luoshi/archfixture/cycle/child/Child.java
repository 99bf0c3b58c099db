package org.luoshi.archfixture.cycle.child;

import org.luoshi.archfixture.cycle.Parent;

/** Planted cycle, half two: uses its parent package. */
public class Child {
    Parent parent;
}
