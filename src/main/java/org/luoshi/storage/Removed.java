package org.luoshi.storage;

/**
 * Something deleted from the workspace, as it was, with the {@link Traces} other features kept
 * about it: what undo needs to put all of it back under the same ids.
 */
public record Removed<T>(T item, Traces traces) {
}
