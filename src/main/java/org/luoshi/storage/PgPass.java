package org.luoshi.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password file PostgreSQL's own tools read ({@code ~/.pgpass}, or the file {@code PGPASSFILE}
 * names; {@code %APPDATA%\postgresql\pgpass.conf} on Windows), read as libpq reads it: lines
 * {@code host:port:database:user:password}, {@code *} matching anything in the first four fields,
 * {@code \:} and {@code \\} escaped, {@code #} lines skipped, the first matching line wins. On a
 * system with POSIX permissions a file others may read or write is ignored, as libpq does.
 */
final class PgPass {

    private PgPass() {
    }

    /** The password file of this user: PGPASSFILE, else the usual place. */
    static Path file(Map<String, String> env, String osName, Path home) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        if (osName != null && osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("postgresql").resolve("pgpass.conf");
        }
        return home.resolve(".pgpass");
    }

    /** The password for {@code address} from this user's password file, if one is there and safe to read. */
    static Optional<char[]> lookup(ServerAddress address) {
        return lookup(address, file(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", "."))));
    }

    static Optional<char[]> lookup(ServerAddress address, Path file) {
        if (!Files.isRegularFile(file) || !privateToOwner(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields.get(0), address.host()) && matches(fields.get(1), String.valueOf(address.port()))
                    && matches(fields.get(2), address.database()) && matches(fields.get(3), address.user())) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    /** Whether no one but the owner may read or write the file (always true where there are no POSIX permissions). */
    static boolean privateToOwner(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !(p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.GROUP_WRITE)
                    || p.contains(PosixFilePermission.GROUP_EXECUTE) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.OTHERS_WRITE) || p.contains(PosixFilePermission.OTHERS_EXECUTE));
        } catch (UnsupportedOperationException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value)
                || ("localhost".equals(pattern) && ("127.0.0.1".equals(value) || "::1".equals(value)));
    }

    /** The line's fields split at unescaped colons; the last field takes the rest of the line. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
