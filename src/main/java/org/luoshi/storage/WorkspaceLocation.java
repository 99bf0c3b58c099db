package org.luoshi.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace file lives when the user has not chosen one: the place each operating
 * system sets aside for an application's own data, so it survives updates and is backed up with
 * the user's profile.
 */
public final class WorkspaceLocation {

    static final String FILE_NAME = "workspace.db";

    private WorkspaceLocation() {
    }

    /** The default workspace file of the running system and user. */
    public static Path defaultFile() {
        return defaultFile(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The default workspace file for a given system; pure, so every branch can be tested on any
     * machine.
     *
     * @param osName value of the {@code os.name} system property
     * @param env    the environment variables
     * @param home   the user's home directory
     */
    public static Path defaultFile(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(env.get("APPDATA"));
            // APPDATA is the roaming profile folder; it is only missing in odd service accounts.
            Path base = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Luoshi").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Luoshi")
                    .resolve(FILE_NAME);
        }
        // Linux and other Unix desktops follow the XDG base directory spec, which says a relative
        // XDG_DATA_HOME is invalid and must be ignored. Checked by its leading slash rather than
        // Path.isAbsolute() so the answer does not depend on the machine running the code.
        String xdg = nonBlank(env.get("XDG_DATA_HOME"));
        Path base = xdg != null && xdg.startsWith("/")
                ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("luoshi").resolve(FILE_NAME);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
