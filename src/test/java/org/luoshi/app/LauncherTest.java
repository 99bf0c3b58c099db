package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;

/** {@code luoshi FILE}, a mistyped command, and a start without a display. */
class LauncherTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @TempDir
    Path dir;

    @Test
    void aWordThatIsNeitherACommandNorAFileIsOneLineNamingTheCommands() {
        StringWriter err = new StringWriter();
        int code = Launcher.refusal(AppOptions.parse(List.of("--workspace", dir.resolve("w.db").toString(), "imprt")),
                Map.of("DISPLAY", ":0"), "gtk", new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("“imprt”")
                .contains("import, plans, export").contains("sheets").contains("luoshi --help");
    }

    @Test
    void anExistingDocumentIsTheOneToImportAndNeedsADisplay() throws IOException {
        Path doc = Files.writeString(dir.resolve("方案.txt"), "一、任务", StandardCharsets.UTF_8);
        AppOptions options = AppOptions.parse(List.of("--workspace=" + dir.resolve("w.db"), doc.toString()));
        assertThat(options.document()).isEqualTo(doc);
        assertThat(options.workspace()).isEqualTo(dir.resolve("w.db"));
        StringWriter err = new StringWriter();
        assertThat(Launcher.refusal(options, Map.of("DISPLAY", ":0"), "gtk", new PrintWriter(err, true))).isZero();
        assertThat(Launcher.refusal(options, Map.of("WAYLAND_DISPLAY", "wayland-0"), "gtk",
                new PrintWriter(err, true))).isZero();
        assertThat(err.toString()).isEmpty();
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            assertThat(Launcher.refusal(options, Map.of("DISPLAY", " "), "gtk", new PrintWriter(err, true))).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("Luoshi cannot open its window: there is no display"
                    + " (DISPLAY is not set). The command line works without one: luoshi --help");
        }
        // Headless (Monocle) needs no display.
        assertThat(Launcher.refusal(options, Map.of(), "Monocle", new PrintWriter(new StringWriter(), true))).isZero();
    }

    @Test
    void optionValuesAreNotTakenForDocuments() {
        AppOptions options = AppOptions.parse(List.of("--workspace", "a.db", "--settings", "s.properties",
                "--today", "2023-03-28", "--smoke-test"));
        assertThat(options.words()).isEmpty();
        assertThat(options.document()).isNull();
    }

    /** The real start in a child process without DISPLAY: one line, exit 1, no trace, no JavaFX warning. */
    @Test
    void withoutADisplayTheAppSaysSoInOneLineAndExitsNonZero() throws Exception {
        assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).contains("linux");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(),
                "--workspace", dir.resolve("w.db").toString(), "--settings", dir.resolve("s.properties").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip()).startsWith("Luoshi cannot open its window: there is no display").doesNotContain("\n")
                .doesNotContain("Exception").doesNotContain("WARNING");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
        assertThat(dir.resolve("w.db")).doesNotExist();
    }
}
