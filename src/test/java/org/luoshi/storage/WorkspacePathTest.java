package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;

/** A workspace file may have any name the file system allows: '?', '#', '%', spaces, Chinese. */
class WorkspacePathTest {
    @TempDir
    Path dir;

    @Test
    void aNameWithAQuestionMarkIsThatFileNotAnOption() throws IOException {
        Path file = dir.resolve("工作区 v2?journal_mode=DELETE#1 %20.db");

        Plan saved;
        try (Workspace ws = Workspace.open(file)) {
            saved = ws.plans().save(SamplePlans.shanxi());
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.plans().load(saved.id())).contains(saved);
        }

        // the file, under its whole name, and nothing named after the part before the '?'
        assertThat(file).isRegularFile();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("工作区 v2?journal_mode=DELETE#1 %20.db"));
        }
    }

    @Test
    void plainPathsKeepThePlainAddress() {
        Path file = dir.resolve("w.db").toAbsolutePath();
        assertThat(Database.url(file)).isEqualTo("jdbc:sqlite:" + file);
    }
}
