package org.luoshi.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A name in a folder that no file there has yet: the name itself, else "-2", "-3" … before the
 * extension — the rule folder exports follow ({@link FileNameFit#name}: compared ignoring case and
 * Unicode normal form, cut to what the folder leaves room for).
 */
public final class FreeName {
    private FreeName() {
    }

    /** {@code name} in {@code folder}, or its first free "-N" form; {@code name} alone if the folder cannot be listed. */
    public static String in(Path folder, String name) {
        if (folder == null || !Files.isDirectory(folder)) {
            return name;
        }
        List<String> taken;
        try (Stream<Path> files = Files.list(folder)) {
            taken = files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        boolean free = taken.stream().noneMatch(t -> same(t, name));
        return free ? name : FileNameFit.name(base, extension, taken, FileNameFit.roomIn(folder));
    }

    /** {@code file} if nothing is there yet, else the first free "-N" form beside it. */
    public static Path beside(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? file : folder.resolve(in(folder, file.getFileName().toString()));
    }

    private static boolean same(String a, String b) {
        return java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFC)
                .equalsIgnoreCase(java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC));
    }
}
