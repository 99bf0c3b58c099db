package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;

/**
 * The README's SQL for an office server, run as it stands against the embedded server: the owner
 * sets the workspace up, an editor edits, a reader reads and is refused every change.
 */
class ServerRolesReadmeTest {

    /** The README's statements, split at {@code \c luoshi}: [0] on the server, [1] in the new database. */
    private static List<List<String>> readmeSql() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("<!-- server-roles-sql: begin"), readme.indexOf("<!-- server-roles-sql: end"));
        block = block.substring(block.indexOf("```sql") + 6, block.lastIndexOf("```"));
        List<List<String>> parts = List.of(new ArrayList<>(), new ArrayList<>());
        int part = 0;
        for (String line : block.lines().toList()) {
            String sql = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            if (sql.strip().startsWith("\\c ")) {
                assertThat(sql.strip()).isEqualTo("\\c luoshi");
                part = 1;
                continue;
            }
            Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(parts.get(part)::add);
        }
        return parts;
    }

    private static ServerAddress as(String role) {
        return new ServerAddress("localhost", EmbeddedServer.server().getPort(), "luoshi", role, Map.of("sslmode", "disable"));
    }

    @Test
    void theOwnerSetsUpTheEditorEditsTheReaderOnlyReads() throws Exception {
        List<List<String>> sql = readmeSql();
        assertThat(sql.get(0)).hasSize(6);
        assertThat(sql.get(1)).hasSize(3);
        EmbeddedServer.sql("postgres", sql.get(0).toArray(String[]::new));
        EmbeddedServer.sql("luoshi", sql.get(1).toArray(String[]::new));

        long taskId;
        try (Workspace owner = Workspace.openServer(as("luoshi_owner"), null)) {
            assertThat(owner.readOnly()).isFalse();
            Plan plan = owner.plans().save(SamplePlanFixture.plan());
            taskId = SamplePlanFixture.task(plan, "29").id();
        }
        try (Workspace editor = Workspace.openServer(as("zhangsan"), null)) {
            assertThat(editor.readOnly()).isFalse();
            editor.tasks().addProgress(taskId, ProgressEntry.of(LocalDate.of(2023, 5, 1), 60, "已上线"));
            editor.settings().put("lights.yellowDays", "5");
        }
        try (Workspace reader = Workspace.openServer(as("lisi"), null)) {
            assertThat(reader.readOnly()).isTrue();
            Task t = reader.tasks().require(taskId);
            assertThat(t.latestProgress().text()).isEqualTo("已上线");
            assertThatThrownBy(() -> reader.tasks().addProgress(taskId, ProgressEntry.of(LocalDate.of(2023, 5, 2), 70, "读者")))
                    .isInstanceOf(WorkspaceReadOnlyException.class)
                    .hasMessage("The workspace postgresql://lisi@localhost:" + EmbeddedServer.server().getPort()
                            + "/luoshi is open read-only (the role may not change it); nothing was changed.");
            assertThat(reader.tasks().require(taskId).progress()).hasSize(t.progress().size());
        }
    }
}
