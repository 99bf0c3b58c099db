package org.luoshi.storage;

/** A copy refused because its target workspace already holds something: copies go into new, empty workspaces only. */
public final class WorkspaceNotEmptyException extends WorkspaceException {

    private final String workspace;

    WorkspaceNotEmptyException(String workspace) {
        super("The workspace " + workspace + " already holds plans or other data: copy only into a new, empty"
                + " workspace; nothing was copied.");
        this.workspace = workspace;
    }

    /** The target's file path or server address. */
    public String workspace() {
        return workspace;
    }
}
