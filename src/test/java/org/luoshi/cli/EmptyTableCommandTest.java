package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;

/** A 分工表 with its header and no task rows is refused: one line, exit 2, nothing saved. */
class EmptyTableCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void aTableHeaderWithoutRowsIsRefusedAndNothingIsSaved() throws IOException {
        Messages.setLocale(Locale.ENGLISH);
        Path file = Files.writeString(dir.resolve("header-only.txt"),
                "重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n");
        Path workspace = dir.resolve("ws").resolve("workspace.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = LuoshiCommand.execute(new String[] {"--workspace", workspace.toString(), "import", file.toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("header-only.txt").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
        assertThat(workspace).doesNotExist();
    }
}
