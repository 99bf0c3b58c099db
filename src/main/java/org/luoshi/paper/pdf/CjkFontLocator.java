package org.luoshi.paper.pdf;

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
 * Finds the Chinese TrueType font every PDF embeds (task sheets, the timeline): the font file chosen
 * by the user (argument, else the system property {@value #PROPERTY}, which the settings set), else
 * the first usable font among the usual places of this operating system, else one of the known font
 * files anywhere under the font folders. PDFBox embeds TrueType outlines only, so OpenType/CFF fonts
 * (Noto Sans CJK, Source Han) are passed over. A Chinese font without Latin letters and digits
 * (Droid Sans Fallback) gets a Latin font beside it, found the same way; a Chinese character the font
 * lacks is drawn from the first other Chinese font found the same way that has it. Looked for only
 * when a PDF or a preview is made, never at start-up.
 */
public final class CjkFontLocator {
    /** System property naming the font file for PDFs: {@code -Dluoshi.sheets.font=/path/to/font.ttf}. */
    public static final String PROPERTY = "luoshi.sheets.font";

    /** Known usable font files, best first, as they are named on disk (compared ignoring case). */
    static final List<String> KNOWN_FILES = List.of(
            "simsun.ttc", "simhei.ttf", "msyh.ttc", "msyh.ttf", "simfang.ttf", "simkai.ttf",
            "stheiti light.ttc", "stheiti medium.ttc", "songti.ttc", "arial unicode.ttf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc",
            "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "notosanssc-regular.ttf");
    /** Known font files with Latin letters, to stand beside a Chinese font that has none, best first. */
    static final List<String> KNOWN_LATIN_FILES = List.of(
            "arial.ttf", "dejavusans.ttf", "liberationsans-regular.ttf", "segoeui.ttf", "freesans.ttf",
            "notosans-regular.ttf");

    private final List<Path> candidates;
    private final List<Path> latinCandidates;
    private final List<Path> searchDirs;
    private final String hintKey;

    CjkFontLocator(List<Path> candidates, List<Path> latinCandidates, List<Path> searchDirs, String hintKey) {
        this.candidates = List.copyOf(candidates);
        this.latinCandidates = List.copyOf(latinCandidates);
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
                    fonts.resolve("simkai.ttf")), List.of(fonts.resolve("arial.ttf"), fonts.resolve("segoeui.ttf")),
                    dirs, "paper.font.hint.windows");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return new CjkFontLocator(List.of(Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
                    Path.of("/System/Library/Fonts/STHeiti Medium.ttc"),
                    Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"),
                    Path.of("/Library/Fonts/Arial Unicode.ttf"),
                    Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")),
                    List.of(Path.of("/System/Library/Fonts/Supplemental/Arial.ttf"),
                            Path.of("/Library/Fonts/Arial.ttf")),
                    List.of(home.resolve("Library/Fonts"), Path.of("/Library/Fonts"),
                            Path.of("/System/Library/Fonts")), "paper.font.hint.mac");
        }
        return new CjkFontLocator(List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
                Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf")),
                List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                        Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
                        Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                        Path.of("/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf")),
                List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                        home.resolve(".local/share/fonts"), home.resolve(".fonts")), "paper.font.hint.linux");
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
     * Opens the chosen font, or finds one; and beside it a Latin font if it has no Latin letters.
     *
     * @param chosen a font file the user chose (see {@link #configured}), or null to search
     * @throws PdfFontException if the chosen file cannot be used (no other is tried: the user asked
     *                          for this one), or if no usable font is found; the message says which
     *                          fonts would work and how to install or choose one
     */
    public EmbeddableFont open(Path chosen) {
        EmbeddableFont font = withLatin(chosen != null ? EmbeddableFont.open(chosen) : find());
        Path main = font.file();
        return font.withOtherChineseFonts(() -> others(main));
    }

    private EmbeddableFont withLatin(EmbeddableFont font) {
        if (!font.lacksLatin()) {
            return font;
        }
        // The usual places first; the font folders are walked only if none of those will do.
        for (List<Path> places : List.of(existing(latinCandidates), search(KNOWN_LATIN_FILES))) {
            for (Path p : places) {
                try {
                    return font.withLatin(EmbeddableFont.openLatin(p));
                } catch (PdfFontException e) {
                    // try the next one; without any, the characters show as boxes
                }
            }
        }
        return font;
    }

    /**
     * The Chinese font files of this system other than {@code main}, best first, each file once
     * (links followed): where a character {@code main} lacks is looked for. Walks the font folders,
     * so it is called only when a character is missing.
     */
    List<Path> others(Path main) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        seen.add(real(main));
        List<Path> others = new ArrayList<>();
        for (Path p : candidatesAndFound()) {
            if (seen.add(real(p))) {
                others.add(p);
            }
        }
        return others;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private EmbeddableFont find() {
        List<String> rejected = new ArrayList<>();
        // The usual places first; the font folders are walked only if none of those will do.
        for (List<Path> places : List.of(existing(candidates), search(KNOWN_FILES))) {
            for (Path p : places) {
                try {
                    return EmbeddableFont.open(p);
                } catch (PdfFontException e) {
                    rejected.add(e.getMessage());
                }
            }
        }
        String message = Messages.get("paper.font.none", Messages.get(hintKey));
        if (!rejected.isEmpty()) {
            message += " " + String.join(" ", rejected);
        }
        throw new PdfFontException(message);
    }

    /** Looks in these places only (the places of a test, or none). */
    public static CjkFontLocator in(List<Path> candidates, List<Path> latinCandidates, List<Path> searchDirs) {
        return new CjkFontLocator(candidates, latinCandidates, searchDirs, "paper.font.hint.linux");
    }

    /** The fixed candidates that exist, then known font files found under the font folders, best first. */
    List<Path> candidatesAndFound() {
        List<Path> found = existing(candidates);
        for (Path p : search(KNOWN_FILES)) {
            if (!found.contains(p)) {
                found.add(p);
            }
        }
        return found;
    }

    private static List<Path> existing(List<Path> places) {
        List<Path> found = new ArrayList<>();
        for (Path p : places) {
            if (Files.isRegularFile(p)) {
                found.add(p);
            }
        }
        return found;
    }

    /** Files named in {@code known} under the search folders, in the order of {@code known}. */
    private List<Path> search(List<String> known) {
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
                                int rank = known.indexOf(file.getFileName().toString().toLowerCase(Locale.ROOT));
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
