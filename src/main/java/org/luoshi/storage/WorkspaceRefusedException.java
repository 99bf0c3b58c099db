package org.luoshi.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file Luoshi will not use as a workspace, refused before anything was written to it (nor, where
 * the reason is found without SQLite, read into it): the file is left byte for byte as it was. The
 * message is one English sentence; {@link #reason()}, {@link #file()} and {@link #detail()} let the
 * window and the command line say it in the user's language.
 */
public final class WorkspaceRefusedException extends WorkspaceException {

    /** Why the file was refused. */
    public enum Reason {
        /** The file has more than one name on its disk; {@link #detail()} is the number of names. */
        HARD_LINKS,
        /** The file exists and is empty (0 bytes). */
        EMPTY,
        /** The file begins with blank bytes (zeros, spaces, line breaks) where a workspace's header would be. */
        BLANK,
        /** The file is an SQLite database without any table or Luoshi mark, which Luoshi did not create. */
        EMPTY_DATABASE,
        /** The path is a symbolic link whose target does not exist; {@link #detail()} is the target. */
        BROKEN_LINK,
        /** The path is a folder (or a device, a pipe): no file to open. */
        NOT_A_FILE,
        /** No workspace file, but its write-ahead log ({@code -wal}) is there; it may hold the last changes. */
        LEFTOVER_LOG
    }

    /** {@link #detail()} of a {@link Reason#NOT_A_FILE} that is a folder. */
    public static final String FOLDER = "folder";

    private final Reason reason;
    private final transient Path file;
    private final String detail;

    WorkspaceRefusedException(Reason reason, Path file, String detail) {
        super(english(reason, file, detail));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The file as the user named it, made absolute. */
    public Path file() {
        return file;
    }

    /**
     * The number of names ({@link Reason#HARD_LINKS}), the link's target ({@link Reason#BROKEN_LINK}),
     * {@link #FOLDER} for a folder ({@link Reason#NOT_A_FILE}), else "".
     */
    public String detail() {
        return detail;
    }

    private static String english(Reason reason, Path file, String detail) {
        String newName = " To start a new workspace, give a name that does not exist yet.";
        return switch (reason) {
            case HARD_LINKS -> "The workspace " + file + " has " + detail + " names on this disk (hard links)."
                    + " Luoshi opens a workspace under one name only: changes made through one name can be"
                    + " lost when the file is opened through another. Delete the other names, or work on a"
                    + " copy; nothing was changed.";
            case EMPTY -> "The file " + file + " is empty (0 bytes). Luoshi sets up only the workspace files it"
                    + " creates itself, so it has left this one as it was; if it should hold your plans, restore"
                    + " it from a backup." + newName;
            case BLANK -> "The file " + file + " is blank where a workspace begins (only zero bytes or spaces):"
                    + " it is not a workspace, or it was damaged. Luoshi has left it as it was; restore it from a"
                    + " backup." + newName;
            case EMPTY_DATABASE -> "The file " + file + " is an empty database that Luoshi did not create."
                    + " Luoshi sets up only the workspace files it creates itself, so it has left this one as it"
                    + " was." + newName;
            case BROKEN_LINK -> "The workspace " + file + " is a link to " + detail + ", which does not exist."
                    + " Luoshi does not create a workspace through a broken link: put the file back, or give"
                    + " another name.";
            case NOT_A_FILE -> "Could not open the workspace " + file + " (it is "
                    + (FOLDER.equals(detail) ? "a folder" : "a device or a pipe") + ", not a file).";
            case LEFTOVER_LOG -> "There is no workspace file " + file + ", but its log " + file.getFileName()
                    + "-wal is there: the workspace was moved or deleted without it, and the log may hold its"
                    + " last changes. Put the workspace back beside it, or move the -wal file away; nothing"
                    + " was created.";
        };
    }
}
