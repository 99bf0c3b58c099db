package org.luoshi.sheets.font;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.luoshi.i18n.Messages;

/**
 * Finds a Chinese TrueType font to embed in PDF sheets: the font file chosen by the user (argument,
 * else the system property {@value #PROPERTY}), else the first usable font among the usual places of
 * this operating system, else one of the known font files anywhere under the font folders.
 * PDFBox embeds TrueType outlines only, so OpenType/CFF fonts (Noto Sans CJK, Source Han) are passed over.
 */
public final class CjkFontLocator {
    /** System property naming a font file for PDF sheets: {@code -Dluoshi.sheets.font=/path/to/font.ttf}. */
    public static final String PROPERTY = "luoshi.sheets.font";

    /** Known usable font files, best first, as they are named on disk (compared ignoring case). */
    static final List<String> KNOWN_FILES = List.of(
            "simsun.ttc", "simhei.ttf", "msyh.ttc", "msyh.ttf", "simfang.ttf", "simkai.ttf",
            "stheiti light.ttc", "stheiti medium.ttc", "songti.ttc", "arial unicode.ttf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "notosanssc-regular.ttf");

    private final List<Path> candidates;
    private final List<Path> searchDirs;
    private final String hintKey;

    CjkFontLocator(List<Path> candidates, List<Path> searchDirs, String hintKey) {
        this.candidates = List.copyOf(candidates);
        this.searchDirs = List.copyOf(searchDirs);
        this.hintKey = hintKey;
    }

    /** The places fonts live on this operating system. */
    public static CjkFontLocator forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            Path fonts = Path.of(windir, "Fonts");
            List<Path> dirs = new ArrayList<>(List.of(fonts));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
            return new CjkFontLocator(List.of(fonts.resolve("simsun.ttc"), fonts.resolve("simhei.ttf"),
                    fonts.resolve("msyh.ttc"), fonts.resolve("msyh.ttf"), fonts.resolve("simfang.ttf"),
                    fonts.resolve("simkai.ttf")), dirs, "sheets.font.hint.windows");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return new CjkFontLocator(List.of(Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
                    Path.of("/System/Library/Fonts/STHeiti Medium.ttc"),
                    Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"),
                    Path.of("/Library/Fonts/Arial Unicode.ttf"),
                    Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")),
                    List.of(home.resolve("Library/Fonts"), Path.of("/Library/Fonts"),
                            Path.of("/System/Library/Fonts")), "sheets.font.hint.mac");
        }
        return new CjkFontLocator(List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
                Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf")),
                List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                        home.resolve(".local/share/fonts"), home.resolve(".fonts")), "sheets.font.hint.linux");
    }

    /** The font file the user chose: {@code explicit} if given, else the system property, else null. */
    public static Path configured(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String property = System.getProperty(PROPERTY);
        return property == null || property.isBlank() ? null : Path.of(property.strip());
    }

    /**
     * Opens the chosen font, or finds one.
     *
     * @param chosen a font file the user chose (see {@link #configured}), or null to search
     * @throws SheetFontException if the chosen file cannot be used (no other is tried: the user asked
     *                            for this one), or if no usable font is found; the message says which
     *                            fonts would work and how to install one
     */
    public EmbeddableFont open(Path chosen) {
        if (chosen != null) {
            return EmbeddableFont.open(chosen);
        }
        List<String> rejected = new ArrayList<>();
        // The usual places first; the font folders are walked only if none of those will do.
        for (List<Path> places : List.of(existingCandidates(), search())) {
            for (Path p : places) {
                try {
                    return EmbeddableFont.open(p);
                } catch (SheetFontException e) {
                    rejected.add(e.getMessage());
                }
            }
        }
        String message = Messages.get("sheets.font.none", Messages.get(hintKey));
        if (!rejected.isEmpty()) {
            message += " " + String.join(" ", rejected);
        }
        throw new SheetFontException(message);
    }

    /** Looks in these places only (the places of a test, or none). */
    public static CjkFontLocator in(List<Path> candidates, List<Path> searchDirs) {
        return new CjkFontLocator(candidates, searchDirs, "sheets.font.hint.linux");
    }

    /**
     * The fixed candidates that exist, then known font files found under the font folders, best
     * first: also where the timeline's PDF export looks (one list of places for all PDFs).
     */
    public List<Path> candidatesAndFound() {
        List<Path> found = existingCandidates();
        for (Path p : search()) {
            if (!found.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private List<Path> existingCandidates() {
        List<Path> found = new ArrayList<>();
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /** Known font files under the search folders, in the order of {@link #KNOWN_FILES}. */
    private List<Path> search() {
        Map<Integer, List<Path>> byRank = new TreeMap<>();
        for (Path dir : searchDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, EnumSet.noneOf(java.nio.file.FileVisitOption.class), 6,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                int rank = KNOWN_FILES.indexOf(file.getFileName().toString().toLowerCase(Locale.ROOT));
                                // Files.isRegularFile follows links: font folders are full of them.
                                if (rank >= 0 && Files.isRegularFile(file)) {
                                    byRank.computeIfAbsent(rank, k -> new ArrayList<>()).add(file);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                // An unreadable font folder is no reason to stop looking in the others.
            }
        }
        List<Path> all = new ArrayList<>();
        byRank.values().forEach(all::addAll);
        return all;
    }
}
