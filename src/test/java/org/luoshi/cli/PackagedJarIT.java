package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/luoshi.jar} the way the README does ({@code java -jar}), so a
 * broken manifest class path or a missing resource fails the build. Runs in {@code verify}.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/luoshi.jar");
    private static final Path SAMPLE = Path.of("src/test/resources/corpus/shanxi-2023-1.txt");

    @TempDir
    Path dir;

    @Test
    void importJsonFromTheJar() throws Exception {
        Run r = java("import", SAMPLE.toString(), "--json");
        assertThat(r.code).as(r.err).isZero();
        JsonNode plan = new ObjectMapper().readTree(r.out);
        assertThat(plan.get("tasks")).hasSize(47);
        assertThat(plan.get("tasks").get(28).get("deadlines").get(1).get("date").asText()).isEqualTo("2023-06-30");
    }

    @Test
    void wordImportPrintsNothingButJson() throws Exception {
        Path docx = dir.resolve("sample.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = Files.newOutputStream(docx)) {
            for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        Run r = java("import", docx.toString(), "--json");
        assertThat(r.code).as(r.err).isZero();
        assertThat(new ObjectMapper().readTree(r.out).get("tasks")).hasSize(47);
        assertThat(r.err).isEmpty();
    }

    @Test
    void importSaveThenPlansFromTheJar() throws Exception {
        Path ws = dir.resolve("w.db");
        Run saved = java("--workspace", ws.toString(), "import", SAMPLE.toString());
        assertThat(saved.code).as(saved.err).isZero();
        Run plans = java("--workspace", ws.toString(), "plans");
        assertThat(plans.out).contains("晋政办发〔2023〕1号");
    }

    @Test
    void aDamagedWordFileIsOneLineOnStderr() throws Exception {
        Path whole = org.luoshi.importer.LargePlans.docx(dir.resolve("whole.docx"),
                org.luoshi.importer.LargePlans.plan(2_000, org.luoshi.importer.LargePlans.Shape.NUMBERED));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = Files.write(dir.resolve("garbage.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6});
        for (Path file : List.of(truncated, garbage)) {
            Run r = java("import", file.toString(), "--json");
            assertThat(r.code).as(r.err).isEqualTo(2);
            assertThat(r.err.strip().lines()).as(r.err).singleElement().asString().contains(file.getFileName().toString());
            assertThat(r.out).isEmpty();
        }
    }

    @Test
    void missingFileExitsTwoFromTheJar() throws Exception {
        Run r = java("--workspace", dir.resolve("w.db").toString(), "import", dir.resolve("missing.txt").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(dir.resolve("w.db")).doesNotExist();
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
