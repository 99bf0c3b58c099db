package org.luoshi.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → 最近的工作区: most recent first, no repeats, at most eight, never a password, kept in the user's settings file. */
class RecentWorkspacesTest {
    @TempDir
    Path dir;

    @Test
    void theLatestComesFirstAndAnOldEntryMovesUpInsteadOfRepeating() {
        List<String> list = RecentWorkspaces.opened(List.of(), "/data/a.db");
        list = RecentWorkspaces.opened(list, "postgresql://zhang@10.1.2.3:5432/ducha");
        list = RecentWorkspaces.opened(list, "/data/b.db");
        assertThat(list).containsExactly("/data/b.db", "postgresql://zhang@10.1.2.3:5432/ducha", "/data/a.db");

        list = RecentWorkspaces.opened(list, "/data/../data/a.db");
        assertThat(list).as("the same file spelled another way is the same entry")
                .containsExactly("/data/a.db", "/data/b.db", "postgresql://zhang@10.1.2.3:5432/ducha");
    }

    @Test
    void atMostEightAreKeptTheOldestGoingFirst() {
        List<String> list = List.of();
        for (int i = 1; i <= 10; i++) {
            list = RecentWorkspaces.opened(list, "/w/" + i + ".db");
        }
        assertThat(list).hasSize(8).first().isEqualTo("/w/10.db");
        assertThat(list).last().isEqualTo("/w/3.db");
        assertThat(list).doesNotContain("/w/1.db", "/w/2.db");
    }

    @Test
    void aServerAddressIsNeverKeptWithItsPassword() {
        List<String> list = RecentWorkspaces.opened(List.of(),
                "postgresql://zhang:mima123@db.office:5433/ducha?sslmode=require&password=mima123");
        assertThat(list).containsExactly("postgresql://zhang@db.office:5433/ducha?sslmode=require");
        assertThat(String.join(" ", list)).doesNotContain("mima123");
        assertThat(RecentWorkspaces.isServer("POSTGRES://h/db")).isTrue();
        assertThat(RecentWorkspaces.isServer("/home/zhang/postgresql.db")).isFalse();
    }

    @Test
    void aFileThatIsGoneIsMissingAndCanBeForgotten() throws Exception {
        Path here = Files.createFile(dir.resolve("在.db"));
        String gone = dir.resolve("不在.db").toString();
        assertThat(RecentWorkspaces.missingFile(here.toString())).isFalse();
        assertThat(RecentWorkspaces.missingFile(gone)).isTrue();
        assertThat(RecentWorkspaces.missingFile("postgresql://u@h/db")).as("a server is asked, not looked for").isFalse();
        assertThat(RecentWorkspaces.forget(List.of(here.toString(), gone), gone)).containsExactly(here.toString());
    }

    @Test
    void theListSurvivesTheSettingsFileInOrderAndAnotherSettingChangingKeepsIt() throws Exception {
        Path file = dir.resolve("settings.properties");
        UserSettings s = UserSettings.DEFAULT.withOpened("/w/甲.db").withOpened("postgresql://li@h:5432/db")
                .withOpened("/w/乙.db");
        UserSettingsFile.save(file, s);
        UserSettings read = UserSettingsFile.load(file);
        assertThat(read.recentWorkspaces()).containsExactly("/w/乙.db", "postgresql://li@h:5432/db", "/w/甲.db");
        assertThat(read.withLanguage(Language.ENGLISH).withDetailPaneShown(false).recentWorkspaces())
                .isEqualTo(read.recentWorkspaces());
        assertThat(Files.readString(file)).contains("recent.1=").contains("recent.3=").doesNotContain("recent.4=");

        List<String> many = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("recent.").append(i).append("=/w/").append(i).append(".db\n");
            many.add("/w/" + i + ".db");
        }
        Files.writeString(file, text + "recent.2=postgresql://u:secret@h/db\n");
        assertThat(UserSettingsFile.load(file).recentWorkspaces()).hasSize(8)
                .startsWith("/w/1.db", "postgresql://u@h/db", "/w/3.db").noneMatch(l -> l.contains("secret"));
        assertThat(many).hasSize(12);
    }
}
