package org.luoshi.testing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.Assumptions;

/**
 * The Chinese TrueType font that tests embed in PDFs, found by file and family name on this machine:
 * known font files under the usual font folders, then fontconfig ({@code fc-match}, {@code fc-list})
 * when it is installed. A font counts only if it has TrueType outlines (PDFBox embeds no CFF) and both
 * Chinese and Latin glyphs (Droid Sans Fallback has no Latin ones). WenQuanYi Micro Hei, which .ci/run
 * installs, comes first.
 *
 * <p>Tests that need such a font call {@link #cjkTrueType()}: with none installed the test is
 * skipped (a JUnit assumption), saying how to install one, instead of failing on a missing path.
 * Uses java.nio, java.awt and FontBox only, none of the app's font classes.
 */
public final class TestFonts {
    /** A usable font file, with the names of its first (or only) face. */
    public record CjkFont(Path file, String family, String postScriptName) {
    }

    /** Known font files, best first, as named on disk (compared ignoring case). */
    static final List<String> FILES = List.of(
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "simsun.ttc", "simhei.ttf", "msyh.ttc", "msyh.ttf",
            "simfang.ttf", "simkai.ttf", "uming.ttc", "ukai.ttc", "stheiti light.ttc", "stheiti medium.ttc",
            "songti.ttc", "arial unicode.ttf");

    /** The same fonts by family, for fontconfig. */
    static final List<String> FAMILIES = List.of(
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun", "SimHei", "Microsoft YaHei", "FangSong", "KaiTi",
            "AR PL UMing CN", "AR PL UKai CN", "STHeiti", "Songti SC", "Arial Unicode MS");

    /** Characters a usable font must show. */
    static final String PROBE = "中务牵头Abc123";

    static final String MISSING = "No Chinese TrueType font (TrueType outlines, Chinese and Latin glyphs) was found in "
            + "the usual font folders or through fontconfig, so this test is skipped. Install one, e.g. "
            + "`apt-get install fonts-wqy-microhei` (Debian/Ubuntu; .ci/run does), or put wqy-microhei.ttc, "
            + "simsun.ttc or msyh.ttc in a font folder.";

    private static final class Found {
        static final Optional<CjkFont> FONT = search(fontFolders(), true);
    }

    private TestFonts() {
    }

    /** This machine's Chinese TrueType font; aborts (skips) the calling test when there is none. */
    public static CjkFont cjkTrueType() {
        return require(find());
    }

    /** This machine's Chinese TrueType font, if any (searched once). */
    public static Optional<CjkFont> find() {
        return Found.FONT;
    }

    static CjkFont require(Optional<CjkFont> font) {
        Assumptions.assumeTrue(font.isPresent(), MISSING);
        return font.get();
    }

    /** Use of a font parsed by FontBox; the font is open only while this runs. */
    public interface FontBoxUse<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    /** Parses the font's first face with FontBox (from a collection or a single font file) and uses it. */
    public static <T> T withFontBox(CjkFont font, FontBoxUse<T> use) throws IOException {
        if (isCollection(font.file())) {
            try (TrueTypeCollection ttc = new TrueTypeCollection(font.file().toFile())) {
                TrueTypeFont face = ttc.getFontByName(font.postScriptName());
                if (face == null) {
                    throw new IOException("no face " + font.postScriptName() + " in " + font.file());
                }
                return use.apply(face);
            }
        }
        try (TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()))) {
            return use.apply(face);
        }
    }

    /** The usual font folders of Linux, macOS and Windows that exist here. */
    static List<Path> fontFolders() {
        Path home = Path.of(System.getProperty("user.home", "."));
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                home.resolve(".local/share/fonts"), home.resolve(".fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), home.resolve("Library/Fonts")));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        return dirs;
    }

    /**
     * The first usable font: known files under {@code folders} (best first), then, if {@code fontconfig},
     * what {@code fc-match} gives for the known families and what {@code fc-list} lists for Chinese.
     */
    static Optional<CjkFont> search(List<Path> folders, boolean fontconfig) {
        Set<Path> candidates = new LinkedHashSet<>(knownFilesUnder(folders));
        if (fontconfig) {
            for (String family : FAMILIES) {
                fontconfig("fc-match", "-f", "%{file}", family).forEach(f -> candidates.add(Path.of(f)));
            }
            fontconfig("fc-list", ":lang=zh", "file").forEach(f -> candidates.add(Path.of(f.replaceFirst(":\\s*$", ""))));
        }
        for (Path p : candidates) {
            Optional<CjkFont> font = usable(p);
            if (font.isPresent()) {
                return font;
            }
        }
        return Optional.empty();
    }

    private static List<Path> knownFilesUnder(List<Path> folders) {
        List<List<Path>> byRank = new ArrayList<>();
        FILES.forEach(f -> byRank.add(new ArrayList<>()));
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 8, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        int rank = FILES.indexOf(file.getFileName().toString().toLowerCase(Locale.ROOT));
                        if (rank >= 0 && Files.isRegularFile(file)) {
                            byRank.get(rank).add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // an unreadable folder: look in the others
            }
        }
        List<Path> all = new ArrayList<>();
        byRank.forEach(all::addAll);
        return all;
    }

    /** Lines a fontconfig tool prints, or none if it is not installed or fails. */
    private static List<String> fontconfig(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return List.of();
            }
            return p.exitValue() == 0 ? out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList() : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The font in {@code file} if it has TrueType outlines and shows {@link #PROBE}. */
    static Optional<CjkFont> usable(Path file) {
        if (!Files.isRegularFile(file) || !hasTrueTypeOutlines(file)) {
            return Optional.empty();
        }
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            if (font.canDisplayUpTo(PROBE) != -1) {
                return Optional.empty();
            }
            return Optional.of(new CjkFont(file, font.getFamily(Locale.ENGLISH), font.getPSName()));
        } catch (IOException | FontFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isCollection(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return "ttcf".equals(new String(in.readNBytes(4), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the (first) font of the file has a {@code glyf} table, i.e. TrueType, not CFF, outlines. */
    static boolean hasTrueTypeOutlines(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long offset = 0;
            if ("ttcf".equals(tag(read(ch, 0, 4), 0))) {
                offset = Integer.toUnsignedLong(read(ch, 12, 4).getInt(0));
            }
            ByteBuffer header = read(ch, offset, 12);
            if ("OTTO".equals(tag(header, 0))) {
                return false;
            }
            int tables = Short.toUnsignedInt(header.getShort(4));
            ByteBuffer records = read(ch, offset + 12, 16 * tables);
            for (int i = 0; i < tables; i++) {
                if ("glyf".equals(tag(records, 16 * i))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ByteBuffer read(SeekableByteChannel ch, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        ch.position(at);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException("short font file");
            }
        }
        return b.flip();
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, StandardCharsets.ISO_8859_1);
    }
}
