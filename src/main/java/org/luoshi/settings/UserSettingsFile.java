package org.luoshi.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.luoshi.storage.WorkspaceLocation;

/**
 * The per-user settings file, {@code settings.properties} beside the default workspace (Linux
 * {@code ~/.local/share/luoshi/}, Windows {@code %APPDATA%\Luoshi\}, macOS
 * {@code ~/Library/Application Support/Luoshi/}); the system property {@code luoshi.settings}
 * names another (tests use it). A missing file or a value that cannot be read gives the default;
 * saving writes a new file and moves it over the old one, so a crash never leaves half a file.
 */
public final class UserSettingsFile {
    static final String LANGUAGE = "language";
    static final String PDF_FONT = "pdf.font";
    static final String DETAIL_PANE = "window.detailPane";
    /** The name the history records for this person. */
    static final String USER_NAME = "user.name";
    /** Where the divider before the detail pane was left (a share of the window's width). */
    static final String DETAIL_DIVIDER = "window.detailDivider";
    /** Where the next file chooser opens. */
    static final String LAST_FOLDER = "files.lastFolder";
    /** A table header's meaning: {@code import.header.<header text>=RESPONSIBLE}. */
    static final String TABLE_HEADER = "import.header.";
    /** A workspace opened lately: {@code recent.1} the latest, up to {@code recent.8}. */
    static final String RECENT = "recent.";

    private UserSettingsFile() {
    }

    public static Path defaultFile() {
        String chosen = System.getProperty("luoshi.settings");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return WorkspaceLocation.defaultFile().resolveSibling("settings.properties");
    }

    public static UserSettings load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return UserSettings.DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable settings file must not stop the app from starting: defaults it is.
            return UserSettings.DEFAULT;
        }
        Language language;
        try {
            language = Language.valueOf(p.getProperty(LANGUAGE, Language.SYSTEM.name()).strip());
        } catch (IllegalArgumentException e) {
            language = Language.SYSTEM;
        }
        Path font = path(p.getProperty(PDF_FONT, ""));
        boolean detailPane = !"hidden".equals(p.getProperty(DETAIL_PANE, "shown").strip());
        Map<String, String> headers = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(TABLE_HEADER) && key.length() > TABLE_HEADER.length()) {
                headers.put(key.substring(TABLE_HEADER.length()), p.getProperty(key).strip());
            }
        }
        java.util.List<String> recent = new java.util.ArrayList<>();
        for (int i = 1; i <= RecentWorkspaces.MAX; i++) {
            String location = p.getProperty(RECENT + i, "").strip();
            if (!location.isEmpty()) {
                recent.add(location);
            }
        }
        return new UserSettings(language, font, detailPane, headers, p.getProperty(USER_NAME, "").strip(),
                path(p.getProperty(LAST_FOLDER, "")), share(p.getProperty(DETAIL_DIVIDER, "")),
                RecentWorkspaces.opened(recent, null));
    }

    /** A share between 0.3 and 0.95 written in {@code text}, else 0 (the default place). */
    private static double share(String text) {
        try {
            double d = Double.parseDouble(text.strip());
            return d >= 0.3 && d <= 0.95 ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The path written in {@code text}, or null if blank or not a path on this system. */
    private static Path path(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public static void save(Path file, UserSettings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty(LANGUAGE, settings.language().name());
        p.setProperty(PDF_FONT, settings.pdfFont() == null ? "" : settings.pdfFont().toString());
        p.setProperty(DETAIL_PANE, settings.detailPaneShown() ? "shown" : "hidden");
        if (!settings.userName().isEmpty()) {
            p.setProperty(USER_NAME, settings.userName());
        }
        if (settings.detailDivider() > 0) {
            p.setProperty(DETAIL_DIVIDER, String.format(java.util.Locale.ROOT, "%.4f", settings.detailDivider()));
        }
        if (settings.lastFolder() != null) {
            p.setProperty(LAST_FOLDER, settings.lastFolder().toString());
        }
        settings.tableHeaders().forEach((header, meaning) -> p.setProperty(TABLE_HEADER + header, meaning));
        java.util.List<String> recent = settings.recentWorkspaces();
        for (int i = 0; i < recent.size() && i < RecentWorkspaces.MAX; i++) {
            p.setProperty(RECENT + (i + 1), recent.get(i));
        }
        StringWriter text = new StringWriter();
        p.store(text, "Luoshi user settings");
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".settings", ".tmp");
        try {
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
