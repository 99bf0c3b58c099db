package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    private static final Path HOME = Path.of("/home/li");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        Path file = WorkspaceLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "/data/li"), HOME);
        assertThat(file).isEqualTo(Path.of("/data/li/luoshi/workspace.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        Path file = WorkspaceLocation.defaultFile("Linux", Map.of(), HOME);
        assertThat(file).isEqualTo(Path.of("/home/li/.local/share/luoshi/workspace.db"));
    }

    @Test
    void linuxIgnoresBlankOrRelativeXdgDataHome() {
        assertThat(WorkspaceLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "  "), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/luoshi/workspace.db"));
        assertThat(WorkspaceLocation.defaultFile("Linux", Map.of("XDG_DATA_HOME", "data"), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/luoshi/workspace.db"));
    }

    @Test
    void otherUnixSystemsFollowXdgToo() {
        assertThat(WorkspaceLocation.defaultFile("FreeBSD", Map.of(), HOME))
                .isEqualTo(Path.of("/home/li/.local/share/luoshi/workspace.db"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\li\\AppData\\Roaming";
        Path file = WorkspaceLocation.defaultFile("Windows 11", Map.of("APPDATA", appData), HOME);
        assertThat(file).isEqualTo(Path.of(appData, "Luoshi", "workspace.db"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderUnderHome() {
        Path file = WorkspaceLocation.defaultFile("Windows 10", Map.of(), HOME);
        assertThat(file).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Luoshi")
                .resolve("workspace.db"));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        Path file = WorkspaceLocation.defaultFile("Windows 11",
                Map.of("APPDATA", "/appdata", "XDG_DATA_HOME", "/data/li"), HOME);
        assertThat(file).isEqualTo(Path.of("/appdata/Luoshi/workspace.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path file = WorkspaceLocation.defaultFile("Mac OS X", Map.of("XDG_DATA_HOME", "/data/li"),
                Path.of("/Users/li"));
        assertThat(file).isEqualTo(Path.of("/Users/li/Library/Application Support/Luoshi/workspace.db"));
    }

    @Test
    void defaultFileOfThisMachineIsAbsoluteAndNamedWorkspaceDb() {
        Path file = WorkspaceLocation.defaultFile();
        assertThat(file.getFileName()).hasToString("workspace.db");
        assertThat(file.getParent().getFileName().toString()).isEqualToIgnoringCase("luoshi");
    }
}
