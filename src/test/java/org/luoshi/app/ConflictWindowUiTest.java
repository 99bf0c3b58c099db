package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.luoshi.app.AppHarness.fx;
import static org.luoshi.app.AppHarness.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.TaskEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;
import org.luoshi.session.Session;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;

/**
 * Two people on one server workspace (issue 19): 张三 (role zhangsan_…) changes a task's text from
 * another client while the window shows the task; the window's person then types another text into
 * the same field. The edit is refused: the pane says who changed it, when, and what it holds now; the
 * field keeps what was typed and a button copies it; nothing is written over.
 */
class ConflictWindowUiTest {
    @TempDir
    Path dir;
    private LuoshiApp app;

    @AfterEach
    void stop() throws Exception {
        AppHarness.stop(app);
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void anEditOfATextSomeoneElseChangedIsRefusedAndTheTypedTextStays() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        ServerAddress owner = ServerWindows.withSamplePlan();
        String zhang = "zhangsan_" + owner.database();
        ServerAddress asZhang = ServerWindows.editor(owner, zhang);
        app = ServerWindows.open(owner, dir.resolve("settings.properties"));
        Task first = app.model().planProperty().get().tasks().get(0);
        fx(() -> app.window().tree().selectTask(first.id()));
        waitUntil(() -> app.window().detail().shown() != null);

        // The person types in the task's text; meanwhile 张三, on his own computer, changes the same text.
        TextArea text = (TextArea) app.window().detail().lookup("#detailText");
        String typed = first.text() + "（我补充的一句）";
        fx(text::requestFocus);
        fx(() -> text.setText(typed));
        try (Workspace other = Workspace.openServer(asZhang, null)) {
            Session.of(other).apply(TaskEdits.text(other.tasks().require(first.id()), "张三改过的任务内容。"));
        }
        fx(() -> app.window().detail().commitPending());

        Label note = (Label) app.window().detail().lookup("#detailRefusal");
        waitUntil(() -> note.isVisible() && note.getText().contains("修改了此项"));
        assertThat(note.getText()).matches(zhang + " 于 \\d\\d:\\d\\d 修改了此项：现在是「张三改过的任务内容。」。您的修改未保存。");
        assertThat(text.getText()).as("what was typed stays in the field").isEqualTo(typed);
        Button copy = (Button) app.window().detail().lookup("#detailConflictCopy");
        assertThat(copy.isVisible()).isTrue();
        assertThat(copy.getText()).isEqualTo("复制我的输入");
        assertThat(app.window().detail().typedInRefusedEdit()).isEqualTo(typed);
        fx(copy::fire);
        String[] clipboard = new String[1];
        fx(() -> clipboard[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).isEqualTo(typed);
        assertThat(app.model().editStateProperty().get().canUndo()).as("nothing stored, nothing to undo").isFalse();
        // The window hears of 张三's change (live refresh) and shows its newer version; the typed text stays.
        waitUntil(() -> app.window().detail().shown().task().text().equals("张三改过的任务内容。"));
        assertThat(text.getText()).as("still what was typed after the refresh").isEqualTo(typed);
        // Saving it again now is a choice made knowing 张三's change: it is stored.
        fx(text::requestFocus);
        fx(() -> app.window().detail().commitPending());
        waitUntil(() -> app.window().detail().shown().task().text().equals(typed));
        try (Workspace check = Workspace.openServer(owner, null)) {
            assertThat(check.tasks().require(first.id()).text()).isEqualTo(typed);
        }
    }
}
