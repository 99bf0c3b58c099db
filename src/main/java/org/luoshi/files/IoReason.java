package org.luoshi.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.luoshi.i18n.Messages;

/**
 * Why a file could not be written or read, in a few words for a message of one line: the operating
 * system's reason ("No space left on device", "File name too long") rather than the exception's
 * type or a library's wrapping of it.
 */
public final class IoReason {
    private IoReason() {
    }

    /** The reason behind {@code failure}: of the deepest I/O failure among its causes, else its own message. */
    public static String of(Throwable failure) {
        IOException io = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException e) {
                io = e;
            }
        }
        Throwable shown = io != null ? io : failure;
        String reason = io instanceof FileSystemException fs ? reason(fs) : shown.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = shown.getClass().getSimpleName();
        }
        return firstLine(reason);
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null && !e.getReason().isBlank()) {
            return e.getReason();
        }
        String kind = e instanceof AccessDeniedException ? "accessDenied"
                : e instanceof NoSuchFileException ? "noSuchFile"
                : e instanceof FileAlreadyExistsException ? "exists"
                : e instanceof NotDirectoryException ? "notFolder"
                : e instanceof DirectoryNotEmptyException ? "folderNotEmpty" : null;
        return kind == null ? e.getMessage() : Messages.get("file.reason." + kind);
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
