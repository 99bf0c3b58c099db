package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.testing.SmallDisk;

/**
 * Exports into a full disk: one line per file that did not fit, naming it and the system's reason,
 * never the 44-line stack trace Apache POI logged; the files that fit are whole. The real full disk
 * is a small tmpfs, where the system lets the test mount one (else those tests are skipped); the
 * one-line rule itself is also checked on a failure made in the test.
 */
class FullDiskCommandTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @TempDir
    Path dir;

    /** As a user runs it: its own JVM, the library logging as configured by default. */
    @Test
    void sheetsIntoAFullDiskSayOneLinePerFileAndWriteTheOnesThatFit() throws Exception {
        Path workspace = sampleWorkspace();
        try (SmallDisk disk = SmallDisk.mount(dir, 48)) {
            Path out = disk.folder().resolve("分工表");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"), "org.luoshi.app.Launcher",
                    "--workspace", workspace.toString(), "sheets", "--plan", "1", "--format", "xlsx",
                    "--out", out.toString()).start();
            p.getOutputStream().close();
            byte[] stdout = p.getInputStream().readAllBytes();
            byte[] stderr = p.getErrorStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(stderr, StandardCharsets.UTF_8);
            List<String> written = new String(stdout, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.endsWith(".xlsx")).toList();
            List<String> failed = err.lines().filter(l -> l.startsWith("Not written: ")).toList();

            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat(failed).isNotEmpty().allMatch(l -> l.endsWith(".xlsx: No space left on device"));
            assertThat(err.lines().count()).as(err).isEqualTo(failed.size() + 1L);
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("SEVERE");
            assertThat(written.size() + failed.size()).isEqualTo(38);
            assertThat(written).isNotEmpty();
            for (String file : written) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Path.of(file)))) {
                    assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(3);
                }
            }
            try (var left = Files.list(out)) {
                assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }

            // the other writers on the same full disk: one line, exit 1
            CliRun json = run("--workspace", workspace.toString(), "export", "--plan", "1", "--out",
                    disk.folder().resolve("plan.json").toString());
            assertThat(json.code).isEqualTo(1);
            assertThat(json.err).isEqualTo("Could not write " + disk.folder().resolve("plan.json")
                    + ": No space left on device\n");
            CliRun ics = run("--workspace", workspace.toString(), "ics", "--plan", "1", "--out",
                    disk.folder().resolve("plan.ics").toString());
            assertThat(ics.code).isEqualTo(1);
            assertThat(ics.err.lines().toList()).last().isEqualTo("Could not write "
                    + disk.folder().resolve("plan.ics") + ": No space left on device");
        }
    }

    /** Where no tmpfs can be had: the failure a library wraps is still one line with the system's reason. */
    @Test
    void aFailureNoCommandCaughtIsOneLineWithTheFileAndTheReason() {
        IllegalStateException poi = new IllegalStateException("Fail to save: an error occurs while saving the package",
                new java.nio.file.FileSystemException("/data/分工表/省财政厅.xlsx", null, "No space left on device"));
        assertThat(CliFailure.line(poi)).isEqualTo("Could not write /data/分工表/省财政厅.xlsx: No space left on device");
        assertThat(CliFailure.line(new RuntimeException(new IOException("No space left on device"))))
                .isEqualTo("Could not read or write a file: No space left on device");
        assertThat(CliFailure.line(new IllegalStateException("first line\n\tat org.example.Foo.bar(Foo.java:1)")))
                .isEqualTo("first line");
    }

    /** The libraries' log lines stay off the terminal while a command runs, and come back after. */
    @Test
    void libraryLogsAreQuietWhileACommandRuns() {
        Handler[] handlers = Logger.getLogger("").getHandlers();
        Level[] before = new Level[handlers.length];
        for (int i = 0; i < handlers.length; i++) {
            before[i] = handlers[i].getLevel();
        }
        try (LibraryLogs quiet = LibraryLogs.quiet()) {
            for (Handler h : handlers) {
                assertThat(h.getLevel()).isEqualTo(Level.OFF);
            }
        }
        for (int i = 0; i < handlers.length; i++) {
            assertThat(handlers[i].getLevel()).isEqualTo(before[i]);
        }
    }

    private Path sampleWorkspace() throws IOException {
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = FullDiskCommandTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        Path workspace = dir.resolve("workspace.db");
        assertThat(run("--workspace", workspace.toString(), "import", sample.toString()).code).isZero();
        return workspace;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
