package org.luoshi.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.luoshi.files.IoReason;
import org.luoshi.i18n.Messages;

/**
 * Stored text (unit names, titles, document numbers, holiday names, file names, messages that quote
 * them) as a command prints it: every control character, escape sequence and line break made
 * visible, so that text a plan document or a JSON file brought in can neither drive the terminal
 * (ESC [ … colours, ESC ] … window titles and links, a bell) nor forge a line or a tab-separated
 * field of the output. Tab, line feed and carriage return show as {@code \t}, {@code \n},
 * {@code \r}; other C0 and C1 controls and DEL as {@code \x1b}; direction overrides, line and
 * paragraph separators, lone surrogates and non-characters as {@code \u202e}. Every command that
 * prints stored text prints it through {@link #of}.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} safe to print as one field of one line; "" for null. */
    static String of(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        if (!needsEscape(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                if ((cp & 0xFFFE) == 0xFFFE) {
                    b.append(String.format(Locale.ROOT, "\\U%08x", cp));
                } else {
                    b.appendCodePoint(cp);
                }
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else if (escaped(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code args} with every one {@link #of escaped}, to put into a message. */
    static Object[] all(Object... args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Number ? args[i] : of(args[i]);
        }
        return out;
    }

    /** The message {@code key} with its arguments {@link #of escaped}. */
    static String message(String key, Object... args) {
        return Messages.get(key, all(args));
    }

    /**
     * One line for a file that could not be written: "Could not write FILE: REASON" — the file the
     * failure names, else {@code target}; the operating system's reason, no stack trace.
     */
    static String writeFailed(Path target, IOException failure) {
        Object file = failure instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : target;
        return message("file.error.write", file, IoReason.of(failure));
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if ((Character.toCodePoint(c, s.charAt(i + 1)) & 0xFFFE) == 0xFFFE) {
                    return true;
                }
                i++;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || escaped(c)) {
                return true;
            }
        }
        return false;
    }

    /** Characters shown as an escape beside the controls: they reorder, break or corrupt the line. */
    private static boolean escaped(char c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c) // a lone one: paired ones are handled before
                || c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF);
    }
}
