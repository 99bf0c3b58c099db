package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareRenderingTest {
    @TempDir
    Path dir;

    @Test
    void linuxWithoutAGraphicsDeviceDrawsInSoftware() throws Exception {
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dir.resolve("dri"))).isTrue();
        Files.createDirectories(dir.resolve("dri/by-path"));
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dir.resolve("dri"))).isTrue();
    }

    @Test
    void aCardOrARenderNodeLeavesJavaFxToChoose() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createFile(dir.resolve("a/card0"));
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dir.resolve("a"))).isFalse();
        Files.createDirectories(dir.resolve("b"));
        Files.createFile(dir.resolve("b/renderD128"));
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dir.resolve("b"))).isFalse();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(SoftwareRendering.noGraphicsDevice("Windows 11", dir.resolve("none"))).isFalse();
        assertThat(SoftwareRendering.noGraphicsDevice("Mac OS X", dir.resolve("none"))).isFalse();
    }

    @Test
    void regionCachingIsTurnedOffOnlyWhereTheWindowDrawsInSoftwareOnly() {
        assertThat(SoftwareRendering.softwareOnly("sw")).isTrue();
        assertThat(SoftwareRendering.softwareOnly(" SW ")).isTrue();
        assertThat(SoftwareRendering.softwareOnly(null)).isFalse(); // JavaFX chooses: a card may be there
        assertThat(SoftwareRendering.softwareOnly("es2")).isFalse();
        assertThat(SoftwareRendering.softwareOnly("es2,sw")).isFalse();
    }
}
