package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

class CommandLineTest {
    @TempDir
    Path dir;

    private Path sample;
    private Path workspace;

    @BeforeEach
    void setUp() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        workspace = dir.resolve("ws").resolve("workspace.db");
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void importJsonPrintsThePlanAndWritesNothing() throws IOException {
        CliRun r = run("--workspace", workspace.toString(), "import", sample.toString(), "--json");
        assertThat(r.code).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertThat(json.get("docNumber").asText()).isEqualTo("晋政办发〔2023〕1号");
        assertThat(json.get("tasks")).hasSize(47);
        assertThat(workspace).doesNotExist();
    }

    @Test
    void importSavesThePlanAndPlansListsIt() {
        CliRun saved = run("import", sample.toString(), "--workspace", workspace.toString());
        assertThat(saved.code).as(saved.err).isZero();
        assertThat(saved.out).contains("47 tasks");
        assertThat(workspace).exists();

        CliRun listed = run("--workspace", workspace.toString(), "plans");
        assertThat(listed.code).isZero();
        assertThat(listed.out).contains("晋政办发〔2023〕1号").contains("\t47\t")
                .contains("落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案");
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsOneLineSayingSo() throws IOException {
        Path zip = dir.resolve("方案.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("方案.txt"));
            out.write("一、任务".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        for (Path file : new Path[] {zip, Files.copy(zip, dir.resolve("renamed.docx"))}) {
            CliRun r = run("--workspace", workspace.toString(), "import", file.toString());
            assertThat(r.code).isEqualTo(2);
            assertThat(r.out).isEmpty();
            assertThat(r.err.strip()).isEqualTo("The file is a zip archive, not a Word (.docx) or Excel (.xlsx)"
                    + " document; unpack it and import the document inside: " + file);
            assertThat(workspace).doesNotExist();
        }
    }

    @Test
    void importHelpNamesTheJsonFormatsDocument() {
        CliRun r = run("import", "--help");
        assertThat(r.code).isZero();
        assertThat(r.out.replaceAll("\\s+", " ")).contains("docs/plan-json.md");
    }

    @Test
    void missingFileIsOneLineOnStderrExitTwoAndNoWorkspace() {
        CliRun r = run("--workspace", workspace.toString(), "import", dir.resolve("nope.txt").toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err.strip()).contains("nope.txt").doesNotContain("\n").doesNotContain("Exception");
        assertThat(workspace).doesNotExist();
    }

    @Test
    void emptyFileAndDocumentWithoutTasksLeaveTheWorkspaceUntouched() throws IOException {
        run("--workspace", workspace.toString(), "import", sample.toString());
        byte[] before = Files.readAllBytes(workspace);

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun r = run("--workspace", workspace.toString(), "import", empty.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("empty");

        Path prose = Files.writeString(dir.resolve("prose.txt"), "这是一段没有任何任务的文字。\n只是说明。\n");
        r = run("--workspace", workspace.toString(), "import", prose.toString());
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("No tasks");

        assertThat(run("--workspace", workspace.toString(), "plans").out.lines()
                .filter(l -> l.matches("\\d+\\t.*")).count()).isEqualTo(1);
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    @Test
    void changesAreRefusedWhileAWindowHasTheWorkspaceOpenReadingIsNot() throws IOException {
        assertThat(run("import", sample.toString(), "--workspace", workspace.toString()).code).isZero();
        byte[] before = Files.readAllBytes(workspace);
        Path json = dir.resolve("plan.json");
        assertThat(run("--workspace", workspace.toString(), "export", "--plan", "1", "--out", json.toString()).code)
                .isZero();

        // A window holds the workspace's lock while it is open.
        try (org.luoshi.storage.WorkspaceLock window = org.luoshi.storage.WorkspaceLock.acquire(workspace)) {
            for (String[] change : new String[][] {
                    {"import", sample.toString()}, {"import-json", json.toString()}, {"calendar", "set", "2023-06-26", "off"},
                    {"plan", "delete", "--plan", "1"}}) {
                String[] args = new String[change.length + 2];
                args[0] = "--workspace";
                args[1] = workspace.toString();
                System.arraycopy(change, 0, args, 2, change.length);
                CliRun refused = run(args);
                assertThat(refused.code).as(change[0]).isEqualTo(2);
                assertThat(refused.err).as(change[0]).contains("is open in a Luoshi window").contains("nothing was changed")
                        .doesNotContain("{1}");
            }
            CliRun listed = run("--workspace", workspace.toString(), "plans");
            assertThat(listed.code).isZero();
            assertThat(listed.out).contains("47");
        }
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);

        // Once the window is closed the same import goes through.
        assertThat(run("import", sample.toString(), "--workspace", workspace.toString()).code).isZero();
    }

    @Test
    void damagedWorkspaceIsAClearMessage() throws IOException {
        Path notADatabase = Files.writeString(dir.resolve("bad.db"), "this is not sqlite, just text ".repeat(200));
        CliRun r = run("--workspace", notADatabase.toString(), "plans");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("bad.db");
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }
}
