package org.luoshi.timeline.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.luoshi.i18n.Messages;
import org.luoshi.timeline.TimelineExportException;

/**
 * Finds a Chinese TrueType font for PDFs: the file the user chose in the settings, else the usual
 * files of Windows, macOS and Linux, else a file of a known name under the font folders. Looked for
 * only when a PDF is made, never at start-up.
 */
public final class PdfFonts {
    /** Known font files with TrueType outlines and Chinese, best first, compared ignoring case. */
    static final List<String> KNOWN = List.of("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "simkai.ttf",
            "simfang.ttf", "stheiti light.ttc", "stheiti medium.ttc", "songti.ttc", "arial unicode.ttf",
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "uming.ttc", "ukai.ttc", "droidsansfallbackfull.ttf",
            "droidsansfallback.ttf");

    private final List<Path> candidates;
    private final List<Path> folders;

    PdfFonts(List<Path> candidates, List<Path> folders) {
        this.candidates = List.copyOf(candidates);
        this.folders = List.copyOf(folders);
    }

    /** The usual places on this operating system. */
    public static PdfFonts forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            Path fonts = Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts");
            List<Path> dirs = new ArrayList<>(List.of(fonts));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
            return new PdfFonts(List.of(fonts.resolve("msyh.ttc"), fonts.resolve("simsun.ttc"),
                    fonts.resolve("simhei.ttf")), dirs);
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return new PdfFonts(List.of(Path.of("/System/Library/Fonts/STHeiti Light.ttc"),
                    Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"),
                    Path.of("/Library/Fonts/Arial Unicode.ttf")),
                    List.of(home.resolve("Library/Fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts")));
        }
        return new PdfFonts(List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),
                List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                        home.resolve(".local/share/fonts"), home.resolve(".fonts")));
    }

    /**
     * Opens {@code chosen} if given (no other is tried: the user asked for that one), else the first
     * usable font found.
     *
     * @throws TimelineExportException saying which fonts work and how to get one
     */
    public PdfFontFile open(Path chosen) {
        if (chosen != null) {
            return PdfFontFile.open(chosen);
        }
        List<Path> tried = new ArrayList<>(candidates);
        tried.addAll(found());
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                try {
                    return PdfFontFile.open(p);
                } catch (TimelineExportException e) {
                    // try the next one
                }
            }
        }
        throw new TimelineExportException(Messages.get("timeline.font.none"));
    }

    private List<Path> found() {
        List<Path> found = new ArrayList<>();
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.find(dir, 5, (p, a) -> a.isRegularFile()
                    && KNOWN.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))) {
                files.forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder is no reason to fail: look in the next one
            }
        }
        found.sort((a, b) -> Integer.compare(KNOWN.indexOf(a.getFileName().toString().toLowerCase(Locale.ROOT)),
                KNOWN.indexOf(b.getFileName().toString().toLowerCase(Locale.ROOT))));
        return found;
    }
}
