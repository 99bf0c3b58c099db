package org.luoshi.archfixture.cycle;

import org.luoshi.archfixture.cycle.child.Child;

/** Planted cycle, half one: a package and its sub-package using each other are two slices in a cycle. */
public class Parent {
    Child child;
}
