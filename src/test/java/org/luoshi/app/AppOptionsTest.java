package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.storage.WorkspaceLocation;

class AppOptionsTest {
    @Test
    void workspaceOptionInBothSpellings() {
        assertThat(AppOptions.parse(List.of("--workspace", "/tmp/a.db")).workspace()).isEqualTo(Path.of("/tmp/a.db"));
        assertThat(AppOptions.parse(List.of("--workspace=/tmp/b.db")).workspace()).isEqualTo(Path.of("/tmp/b.db"));
    }

    @Test
    void settingsFileAndTodayInBothSpellings() {
        AppOptions o = AppOptions.parse(List.of("--settings", "/tmp/s.properties", "--today=2023-03-28",
                "--workspace", "/tmp/a.db"));
        assertThat(o.settings()).isEqualTo(Path.of("/tmp/s.properties"));
        assertThat(o.today()).isEqualTo(java.time.LocalDate.of(2023, 3, 28));
        assertThat(o.workspace()).isEqualTo(Path.of("/tmp/a.db"));
        assertThat(AppOptions.parse(List.of("--today", "2023-07-05")).today())
                .isEqualTo(java.time.LocalDate.of(2023, 7, 5));
    }

    @Test
    void aTodayThatIsNoDateMeansTheRealToday() {
        assertThat(AppOptions.parse(List.of("--today", "明天")).today()).isNull();
    }

    @Test
    void smokeTestFlag() {
        assertThat(AppOptions.parse(List.of("--workspace", "/tmp/a.db", "--smoke-test")).smokeTest()).isTrue();
        assertThat(AppOptions.parse(List.of("--smoke-test")).workspace()).isEqualTo(WorkspaceLocation.defaultFile());
        assertThat(AppOptions.parse(List.of("--workspace", "/tmp/a.db")).smokeTest()).isFalse();
    }

    @Test
    void theSamplePlanGoesOnlyIntoANewDefaultWorkspaceOrASmokeTests() {
        assertThat(AppOptions.parse(List.of()).sampleIfNew()).as("first start at the default location").isTrue();
        assertThat(AppOptions.parse(List.of("--workspace", WorkspaceLocation.defaultFile().toString())).sampleIfNew())
                .as("the default location typed out").isTrue();
        assertThat(AppOptions.parse(List.of("--workspace", "/tmp/督查/2024.db")).sampleIfNew())
                .as("a file the user named is for real plans").isFalse();
        assertThat(AppOptions.parse(List.of("--workspace", "/tmp/a.db", "--smoke-test")).sampleIfNew())
                .as("the smoke test checks that the sample shows").isTrue();
    }

    @Test
    void withoutOptionTheDefaultLocation() {
        assertThat(AppOptions.parse(List.of()).workspace()).isEqualTo(WorkspaceLocation.defaultFile());
    }

    @Test
    void launcherSendsSubcommandsToTheCommandLine() {
        assertThat(Launcher.isCommandLine(new String[] {"import", "x.txt", "--json"})).isTrue();
        assertThat(Launcher.isCommandLine(new String[] {"--workspace", "w.db", "plans"})).isTrue();
        assertThat(Launcher.isCommandLine(new String[] {"--workspace", "w.db"})).isFalse();
        // Every registered subcommand, without a list to keep in step by hand.
        assertThat(Launcher.isCommandLine(new String[] {"--workspace", "w.db", "workspace", "check"})).isTrue();
        assertThat(Launcher.isCommandLine(new String[] {"calendar"})).isTrue();
        assertThat(Launcher.isCommandLine(new String[] {})).isFalse();
    }

    @Test
    void everySubcommandRegisteredInLuoshiCommandIsACommandLineWord() {
        // The words come from LuoshiCommand's annotation: a new command needs no second list here.
        assertThat(Launcher.isCommandLine(new String[] {"plan", "delete", "--plan", "2"})).isTrue();
        assertThat(org.luoshi.cli.LuoshiCommand.words()).contains("import", "plans", "export", "import-json", "due",
                "ics", "calendar", "sheets", "plan", "--help", "--version");
    }
}
