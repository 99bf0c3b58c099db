package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.DamagedFiles;
import org.luoshi.storage.Workspace;

/**
 * The command line on a damaged workspace: every command that writes is refused (exit 2, one line,
 * the file's bytes unchanged), {@code plans} and {@code workspace check} agree that it is damaged,
 * and {@code workspace recover --to NEW} makes a workspace every command accepts, leaving the
 * damaged file as it was. Four kinds of damage, including a flipped bit inside text that SQLite's
 * own check does not see.
 */
class DamagedWorkspaceCommandTest {
    enum Damage {
        ZEROED_PAGE, FLIPPED_BITS_IN_A_BTREE_PAGE, CUT_SHORT, FLIPPED_BIT_IN_TEXT
    }

    @TempDir
    static Path shared;
    static Path pristine;
    static Path planJson;
    static Path document;

    @TempDir
    Path dir;
    private Path workspace;

    @BeforeAll
    static void writeTheWorkspaceAndTheInputs() throws IOException {
        pristine = DamagedFiles.workspace(shared.resolve("pristine.db"), 300, 3);
        document = shared.resolve("shanxi-2023-1.txt");
        try (InputStream in = DamagedWorkspaceCommandTest.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            Files.copy(in, document);
        }
        CliRun json = run("import", document.toString(), "--json");
        assertThat(json.code).isZero();
        planJson = Files.writeString(shared.resolve("plan.json"), json.out);
    }

    @BeforeEach
    void english() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        workspace = Files.copy(pristine, dir.resolve("workspace.db"));
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void everyWriteIsRefusedAndTheFileIsLeftAsItWas(Damage damage) throws IOException {
        damage(damage);
        byte[] before = Files.readAllBytes(workspace);

        for (String[] command : new String[][] {
            {"import", document.toString()},
            {"import-json", planJson.toString()},
            {"calendar", "set", "2023-06-21", "off"}}) {
            CliRun r = run(ws(command));
            assertThat(r.code).as(String.join(" ", command) + ": " + r.err).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
            assertThat(r.err.strip()).contains("is damaged").contains("nothing was written")
                    .contains("workspace recover --to").doesNotContain("\n").doesNotContain("Exception");
            assertThat(r.out).isEmpty();
            assertThat(Files.readAllBytes(workspace)).as(command[0]).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void plansAndWorkspaceCheckAgreeThatItIsDamaged(Damage damage) throws IOException {
        damage(damage);
        byte[] before = Files.readAllBytes(workspace);

        CliRun plans = run(ws("plans"));
        CliRun check = run(ws("workspace", "check"));

        assertThat(plans.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(plans.err).contains("is damaged");
        assertThat(check.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(check.out).contains(workspace + " is damaged:").contains("workspace recover --to NEW.db");
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void recoverMakesAWorkspaceEveryCommandAcceptsAndLeavesTheDamagedFileAlone(Damage damage) throws IOException {
        damage(damage);
        byte[] before = Files.readAllBytes(workspace);
        Path recovered = dir.resolve("recovered.db");

        CliRun r = run(ws("workspace", "recover", "--to", recovered.toString()));

        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Recovered into " + recovered).contains("was only read, not changed");
        assertThat(Files.readAllBytes(workspace)).isEqualTo(before);
        assertThat(run("--workspace", recovered.toString(), "workspace", "check").code).isZero();
        CliRun plans = run("--workspace", recovered.toString(), "plans");
        assertThat(plans.code).isZero();
        try (Workspace ws = Workspace.open(recovered)) {
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
        CliRun imported = run("--workspace", recovered.toString(), "import", document.toString());
        assertThat(imported.code).as(imported.err).isZero();
    }

    @Test
    void aSoundWorkspaceIsSoundToEveryCommand() {
        CliRun check = run(ws("workspace", "check"));
        assertThat(check.code).isZero();
        assertThat(check.out).contains("no damage found");
        assertThat(run(ws("plans")).code).isZero();
        assertThat(run(ws("import", document.toString())).code).isZero();
    }

    @Test
    void recoverNeverWritesOverAFile() throws IOException {
        Path there = Files.writeString(dir.resolve("there.db"), "keep");
        CliRun r = run(ws("workspace", "recover", "--to", there.toString()));
        assertThat(r.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(r.err.strip()).contains("exists already").doesNotContain("\n");
        assertThat(Files.readString(there)).isEqualTo("keep");
    }

    @Test
    void checkOfAMissingFileSaysSoAndMakesNone() {
        Path none = dir.resolve("none.db");
        CliRun r = run("--workspace", none.toString(), "workspace", "check");
        assertThat(r.code).isEqualTo(LuoshiCommand.EXIT_BAD_INPUT);
        assertThat(r.err.strip()).isEqualTo("No workspace at " + none + ".");
        assertThat(none).doesNotExist();
    }

    private void damage(Damage damage) throws IOException {
        switch (damage) {
            case ZEROED_PAGE -> DamagedFiles.zeroPage(workspace, DamagedFiles.middlePage(workspace, "task", "leaf"));
            case FLIPPED_BITS_IN_A_BTREE_PAGE ->
                    DamagedFiles.flipCellPointers(workspace, DamagedFiles.middlePage(workspace, "progress", "leaf"));
            case CUT_SHORT -> DamagedFiles.cutAfter(workspace, DamagedFiles.pageCount(workspace) - 3);
            case FLIPPED_BIT_IN_TEXT -> {
                String text;
                try (Workspace ws = Workspace.open(pristine)) {
                    text = ws.plans().loadAll().get(1).tasks().get(7).text();
                }
                long at = DamagedFiles.offsetOf(workspace, text);
                assertThat(at).isPositive();
                DamagedFiles.flipBit(workspace, at + 1, 6); // a continuation byte turned into a lead byte
            }
        }
    }

    private String[] ws(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = workspace.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
