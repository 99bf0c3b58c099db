package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.importer.read.OfficeFiles;

/**
 * {@code luoshi import} on Excel, old Word and WPS files: a plan is saved from the sheet or table
 * that holds its tasks; every bad file — no task table, a sheet that is not there, a password, a
 * damaged or an oversized file — is one line on stderr, exit 2, and the workspace as it was.
 */
class OfficeImportCommandTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.english();

    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void aWorkspaceWithOnePlan() throws IOException {
        workspace = dir.resolve("ws").resolve("workspace.db");
        Path sample = dir.resolve("shanxi-2023-1.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, sample);
        }
        assertThat(run("import", sample.toString()).code).isZero();
    }

    @Test
    void aWorkbookAnOldWordFileAndAWpsFileAreSaved() throws IOException {
        for (String name : new String[] {"county-plan.xlsx", "county-plan.xls", "county-notice.doc", "county-notice.wps"}) {
            CliRun r = run("import", OfficeFiles.resource(name, dir.resolve(name)).toString());
            assertThat(r.code).as(name + ": " + r.err).isZero();
            assertThat(r.out).as(name).contains("with 3 tasks");
        }
        Path et = OfficeFiles.resource("county-plan.xls", dir.resolve("plan.et"));
        assertThat(run("import", et.toString(), "--json").out).contains("县市场监管局");
    }

    @Test
    void sheetPicksTheSheetToReadAndANameNotThereListsTheSheets() throws IOException {
        Path file = OfficeFiles.planWorkbook(dir.resolve("plan.xlsx"), true);
        byte[] before = Files.readAllBytes(workspace);

        CliRun notes = run("import", file.toString(), "--sheet", "说明");
        assertBadInput(notes, "No task table (a header with a task column and a unit column, such as 重点任务 and 牵头单位) "
                + "was found in sheets 【说明】 of plan.xlsx; nothing was saved.");
        CliRun missing = run("import", file.toString(), "--sheet", "任务");
        assertBadInput(missing, "There is no sheet “任务” in plan.xlsx; its sheets are: 【分工表】、【说明】");
        // The hidden sheet is not there to be chosen.
        assertBadInput(run("import", file.toString(), "--sheet", "旧表"),
                "There is no sheet “旧表” in plan.xlsx; its sheets are: 【分工表】、【说明】");
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);

        CliRun chosen = run("import", file.toString(), "--sheet", "分工表");
        assertThat(chosen.code).as(chosen.err).isZero();
        assertThat(chosen.out).contains("with 4 tasks");
    }

    @Test
    void aWorkbookWithoutATaskTableSaysWhichSheetsWereLookedAt() throws IOException {
        Path file = OfficeFiles.notesWorkbook(dir.resolve("notes.xls"), false);
        byte[] before = Files.readAllBytes(workspace);
        String message = "No task table (a header with a task column and a unit column, such as 重点任务 and 牵头单位) "
                + "was found in sheets 【联系人】、【说明】 of notes.xls; nothing was saved.";
        assertBadInput(run("import", file.toString()), message);
        assertBadInput(run("import", file.toString(), "--json"), message);
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    @Test
    void protectedDamagedAndOversizedFilesAreOneLineAndChangeNothing() throws Exception {
        Path xlsx = OfficeFiles.resource("county-plan.xlsx", dir.resolve("good.xlsx"));
        Path xls = OfficeFiles.resource("county-plan.xls", dir.resolve("good.xls"));
        Path doc = OfficeFiles.resource("county-notice.doc", dir.resolve("good.doc"));
        String excelPassword = "The file is protected by a password; remove it in Excel/WPS and import again: ";
        String wordPassword = "The file is protected by a password; remove it in Word/WPS and import again: ";
        Path lockedXlsx = OfficeFiles.encryptedOoxml(xlsx, dir.resolve("locked.xlsx"));
        Path lockedXls = OfficeFiles.encryptedXls(dir.resolve("locked.xls"));
        Path lockedDoc = OfficeFiles.encryptedDoc(dir.resolve("locked.doc"));
        Path lockedDocx = OfficeFiles.encryptedOoxml(OfficeFiles.wordPlan(dir.resolve("plain.docx")),
                dir.resolve("locked.docx"));
        byte[] before = Files.readAllBytes(workspace);

        assertBadInput(run("import", lockedXlsx.toString()), excelPassword + lockedXlsx);
        assertBadInput(run("import", lockedXls.toString()), excelPassword + lockedXls);
        assertBadInput(run("import", lockedDoc.toString()), wordPassword + lockedDoc);
        assertBadInput(run("import", lockedDocx.toString()), wordPassword + lockedDocx);

        for (Path damaged : new Path[] {OfficeFiles.truncated(xlsx, dir.resolve("cut.xlsx"), 0.6),
            OfficeFiles.scrambled(xls, dir.resolve("scrambled.xls")),
            OfficeFiles.truncated(doc, dir.resolve("cut.doc"), 0.5),
            OfficeFiles.scrambled(doc, dir.resolve("scrambled.wps"))}) {
            CliRun r = run("import", damaged.toString());
            assertThat(r.code).as(damaged.toString()).isEqualTo(2);
            assertThat(r.err.strip()).as(damaged.toString()).contains("cannot be read").endsWith(damaged.toString())
                    .doesNotContain("\n").doesNotContain("Exception");
        }

        Path huge = OfficeFiles.huge(dir.resolve("huge.xlsx"), new byte[] {'P', 'K', 3, 4}, 100);
        assertBadInput(run("import", huge.toString()),
                "The file is too large to be a plan (100 MB; at most 20 MB): " + huge);
        Path old = OfficeFiles.word6(dir.resolve("word6.doc"));
        assertBadInput(run("import", old.toString()), "This Word file is in an old format (Word 6.0/95 or older) "
                + "that Luoshi cannot read; save it as .docx in Word or WPS and import that: " + old);

        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    private static void assertBadInput(CliRun r, String line) {
        assertThat(r.code).as(r.err).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err).isEqualTo(line + System.lineSeparator());
    }

    private CliRun run(String... args) {
        String[] withWorkspace = new String[args.length + 2];
        withWorkspace[0] = "--workspace";
        withWorkspace[1] = workspace.toString();
        System.arraycopy(args, 0, withWorkspace, 2, args.length);
        return CliRun.of(withWorkspace);
    }
}
