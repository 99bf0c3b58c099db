package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceRefusedException;

/**
 * What the window opens on start: the sample plan only in a workspace this start created where
 * the sample is wanted (the default location); an existing empty or blank file is refused, never
 * filled with the sample as if it were the user's data.
 */
class WorkspaceOpeningTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void anExistingEmptyFileIsRefusedWithoutTheSampleAndLeftAsItWas() throws Exception {
        for (byte[] content : new byte[][] {new byte[0], "   \n".getBytes(StandardCharsets.US_ASCII)}) {
            Path file = Files.write(dir.resolve("workspace.db"), content);
            Files.setLastModifiedTime(file, LONG_AGO);

            assertThatThrownBy(() -> WorkspaceOpening.open(file, true))
                    .isInstanceOf(WorkspaceRefusedException.class);

            assertThat(Files.readAllBytes(file)).isEqualTo(content);
            assertThat(Files.getLastModifiedTime(file)).isEqualTo(LONG_AGO);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    @Test
    void aNewDefaultWorkspaceGetsTheSample() {
        WorkspaceOpening.Opened o = WorkspaceOpening.open(dir.resolve("workspace.db"), true);
        try (Workspace ws = o.workspace()) {
            assertThat(o.plans()).hasSize(1);
            assertThat(o.first().docNumber()).isEqualTo("晋政办发〔2023〕1号");
        }
    }

    @Test
    void aNewWorkspaceNamedByTheUserStartsEmpty() {
        WorkspaceOpening.Opened o = WorkspaceOpening.open(dir.resolve("督查 2024.db"), false);
        try (Workspace ws = o.workspace()) {
            assertThat(ws.created()).isTrue();
            assertThat(o.plans()).isEmpty();
            assertThat(o.first()).isNull();
        }
    }

    @Test
    void aWorkspaceWhosePlansWereAllDeletedDoesNotGetTheSampleBack() {
        Path file = dir.resolve("workspace.db");
        Workspace.open(file).close();
        WorkspaceOpening.Opened o = WorkspaceOpening.open(file, true);
        try (Workspace ws = o.workspace()) {
            assertThat(o.plans()).isEmpty();
        }
    }
}
