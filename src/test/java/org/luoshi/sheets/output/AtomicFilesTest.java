package org.luoshi.sheets.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("省财政厅.pdf"), "old");
        AtomicFiles.write(target, temp -> Files.writeString(temp, "new"));
        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("省财政厅.pdf"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> {
            Files.writeString(temp, "half a PDF");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void missingFoldersAreMade() throws IOException {
        Path target = dir.resolve("a/b/表.xlsx");
        AtomicFiles.write(target, temp -> Files.writeString(temp, "x"));
        assertThat(target).hasContent("x");
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
