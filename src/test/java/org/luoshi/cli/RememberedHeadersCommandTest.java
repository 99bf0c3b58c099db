package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code luoshi import} reads a table's headers with the meanings remembered in the user settings (the
 * review window's choices), as the window does (issue 14: the CLI did not use them).
 */
class RememberedHeadersCommandTest {
    private static java.util.List<String> leads(String json) throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("tasks")
                .forEach(t -> t.get("lead").forEach(u -> out.add(u.asText())));
        return out;
    }

    @TempDir
    Path dir;

    @Test
    void headersTheWindowWasToldAboutAreReadByTheCommandLineToo() throws IOException {
        Path table = dir.resolve("table.txt");
        Files.writeString(table, """
                序号\t要办的事\t谁来办
                1\t建设1000套专家公寓和10000套人才公寓。\t市住房保障办
                2\t开发全市人才信息管理应用系统。\t市人力资源和社会保障局
                """, StandardCharsets.UTF_8);
        Path none = dir.resolve("none.properties");
        Path remembered = dir.resolve("settings.properties");
        Files.writeString(remembered, "import.header.要办的事=TASK\nimport.header.谁来办=LEAD\n", StandardCharsets.UTF_8);

        CliRun without = CliRun.of("import", table.toString(), "--json", "--settings", none.toString());
        assertThat(without.code()).isZero();
        assertThat(leads(without.out())).as("headers nobody told it about").doesNotContain("市住房保障办");

        CliRun with = CliRun.of("import", table.toString(), "--json", "--settings", remembered.toString());
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(leads(with.out())).containsExactly("市住房保障办", "市人力资源和社会保障局");
        assertThat(with.out()).contains("建设1000套专家公寓和10000套人才公寓");
    }
}
