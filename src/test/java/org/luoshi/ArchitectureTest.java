package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the design's line: pure packages (domain, importer parsing, storage, command line, calendar
 * …) never touch JavaFX nodes, so they can be tested and used without a toolkit. Only the app and
 * the {@code ui} sub-package of a feature may import {@code javafx.scene} or {@code javafx.stage}.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/luoshi");

    @Test
    void purePackagesNeverImportJavaFxScene() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> pureSources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            pureSources = files.filter(p -> p.toString().endsWith(".java")).filter(ArchitectureTest::isPure).toList();
        }
        assertThat(pureSources).as("pure sources found").isNotEmpty();
        for (Path source : pureSources) {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                if (line.matches("\\s*import\\s+(static\\s+)?javafx\\.(scene|stage)\\..*")) {
                    offenders.add(MAIN.relativize(source) + ": " + line.strip());
                }
            }
        }
        assertThat(offenders).as("javafx.scene imports in pure packages").isEmpty();
    }

    @Test
    void onlyStorageTouchesJdbc() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (MAIN.relativize(source).startsWith("storage")) {
                    continue;
                }
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    if (line.matches("\\s*import\\s+java\\.sql\\..*")) {
                        offenders.add(MAIN.relativize(source) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offenders).as("JDBC outside the storage package").isEmpty();
    }

    @Test
    void theCheckSeesAViolation() {
        // The rule itself must be able to fail: a source in a pure package is recognised as pure.
        assertThat(isPure(MAIN.resolve("importer/parse/PlanParser.java"))).isTrue();
        assertThat(isPure(MAIN.resolve("plan/Task.java"))).isTrue();
        assertThat(isPure(MAIN.resolve("app/MainWindow.java"))).isFalse();
        assertThat(isPure(MAIN.resolve("importer/ui/ReviewDialog.java"))).isFalse();
    }

    static boolean isPure(Path source) {
        Path rel = MAIN.relativize(source);
        if (rel.startsWith("app")) {
            return false;
        }
        for (Path part : rel) {
            if (part.toString().equals("ui")) {
                return false;
            }
        }
        return true;
    }
}
