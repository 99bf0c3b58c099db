package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands start no part of JavaFX (issue 20): a command-line import and a listing,
 * each in a fresh JVM started as the jar starts ({@link Launcher}), load no {@code javafx.} class at
 * all — read from the JVM's own class-loading log ({@code -Xlog:class+load}), which also shows the
 * command's classes were loaded (the log is the real one, not empty). Loading JavaFX costs a
 * headless command its start-up time and printed JavaFX's warning on the terminal.
 */
class CommandLineLoadsNoToolkitTest {
    @TempDir
    Path dir;

    @Test
    void importAndListLoadNoJavaFxClass() throws Exception {
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        Path workspace = dir.resolve("w.db");

        List<String> imported = classesLoaded("import", "--workspace=" + workspace, sample.toString());
        assertThat(imported).anyMatch(c -> c.equals("org.luoshi.cli.ImportCommand"));
        assertThat(imported).noneMatch(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx."));

        List<String> listed = classesLoaded("plans", "--workspace=" + workspace);
        assertThat(listed).anyMatch(c -> c.equals("org.luoshi.cli.PlansCommand"));
        assertThat(listed).noneMatch(c -> c.startsWith("javafx.") || c.startsWith("com.sun.javafx."));
    }

    /** Runs the launcher with these arguments in a new JVM; the names of the classes it loaded. */
    private List<String> classesLoaded(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes-" + args[0] + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out-" + args[0] + ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(out)).isZero();
        // Lines read "[0.123s][info][class,load] javafx.scene.Node source: …".
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                int space = rest.indexOf(' ');
                names.add(space < 0 ? rest : rest.substring(0, space));
            }
        }
        assertThat(names).hasSizeGreaterThan(500);
        return names;
    }
}
