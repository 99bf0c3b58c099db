package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.Workspace;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceOfflineException;
import org.luoshi.storage.WorkspacePasswordNeededException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → 连接办公室服务器…, headless: what the fields must hold (one line saying what is missing), the
 * address they make (shown, with TLS options, never a password), 连接 trying that address with the
 * password typed — or none, for ~/.pgpass —, the dialog staying open with the server's answer in one
 * line (a password asked for empties and focuses the password field), closing with the workspace
 * once it is open, and Esc closing it.
 */
class ConnectDialogUiTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage owner;
    private ConnectDialog<String> dialog;
    private final List<ServerAddress> tried = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();
    /** What the fake server answers, one per try: a failure, or null for "open". */
    private final List<Throwable> answers = new ArrayList<>();

    @BeforeEach
    void show() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        owner = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 700));
            owner.show();
            dialog = new ConnectDialog<>(owner, null, null, this::fakeConnect);
            dialog.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            robot.interact(() -> dialog.close());
        }
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.getDefault());
    }

    private void fakeConnect(ServerAddress address, char[] password, Consumer<String> opened, Consumer<Throwable> failed) {
        tried.add(address);
        passwords.add(password == null ? null : new String(password));
        Throwable answer = answers.isEmpty() ? null : answers.remove(0);
        if (answer == null) {
            opened.accept("opened " + address.display());
        } else {
            failed.accept(answer);
        }
    }

    @Test
    void theFieldsSayWhatIsMissingAndShowTheAddressTheyMake() throws Exception {
        assertThat(dialog.port.getText()).isEqualTo("5432");
        assertThat(dialog.problem.getText()).isEqualTo("请填写服务器的名称或 IP 地址。");
        assertThat(dialog.address.getText()).isEmpty();

        robot.interact(() -> {
            dialog.host.setText("10.12.0.8");
            dialog.port.setText("54x");
            dialog.database.setText("ducha");
            dialog.user.setText("zhangsan");
        });
        assertThat(dialog.problem.getText()).isEqualTo("端口应为 1 到 65535 之间的数字。");
        robot.interact(() -> dialog.port.setText("70000"));
        assertThat(dialog.problem.getText()).isEqualTo("端口应为 1 到 65535 之间的数字。");
        robot.interact(() -> dialog.port.setText("5433"));
        assertThat(dialog.problem.getText()).isEmpty();
        assertThat(dialog.address.getText()).isEqualTo("地址：postgresql://zhangsan@10.12.0.8:5433/ducha?sslmode=prefer");

        robot.interact(() -> dialog.database.setText(" "));
        assertThat(dialog.problem.getText()).isEqualTo("请填写数据库名称。");
        robot.interact(() -> {
            dialog.database.setText("ducha");
            dialog.user.setText("");
        });
        assertThat(dialog.problem.getText()).isEqualTo("请填写用户名（PostgreSQL 角色）。");
        robot.interact(() -> dialog.user.setText("zhangsan"));

        String missing = dir.resolve("无此证书.crt").toString();
        robot.interact(() -> {
            dialog.sslMode.getSelectionModel().select("verify-full");
            dialog.rootCert.setText(missing);
        });
        assertThat(dialog.problem.getText()).isEqualTo("找不到根证书文件 " + missing + "。");
        Path cert = Files.writeString(dir.resolve("root.crt"), "-----BEGIN CERTIFICATE-----\n");
        robot.interact(() -> dialog.rootCert.setText(cert.toString()));
        assertThat(dialog.address.getText()).isEqualTo("地址：postgresql://zhangsan@10.12.0.8:5433/ducha?sslmode=verify-full"
                + "&sslrootcert=" + cert);
        assertThat(dialog.sslMode.getItems()).containsExactly("prefer", "require", "verify-full");

        // An invalid form is not tried.
        robot.interact(() -> {
            dialog.host.setText("");
            dialog.connect();
        });
        assertThat(tried).isEmpty();
        assertThat(dialog.problem.getText()).isEqualTo("请填写服务器的名称或 IP 地址。");
    }

    @Test
    void connectTriesThePgpassFirstAsksForThePasswordThenClosesWithTheWorkspace() throws Exception {
        ServerAddress office = new ServerAddress("db.office", 5432, "ducha", "zhangsan", Map.of("sslmode", "require"));
        answers.add(passwordNeeded(office, false));
        answers.add(passwordNeeded(office, true));
        answers.add(null);
        robot.interact(() -> {
            dialog.host.setText("db.office");
            dialog.database.setText("ducha");
            dialog.user.setText("zhangsan");
            dialog.sslMode.getSelectionModel().select("require");
        });
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tried).containsExactly(office);
        assertThat(passwords).as("nothing typed: ~/.pgpass is looked in").containsExactly((String) null);
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.problem.getText())
                .isEqualTo("服务器要求输入 postgresql://zhangsan@db.office:5432/ducha 的密码：请输入密码（或写入 ~/.pgpass）。");
        assertThat(dialog.password.isFocused()).isTrue();

        robot.write("wrong");
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(passwords).containsExactly(null, "wrong");
        assertThat(dialog.problem.getText()).isEqualTo("服务器拒绝了 postgresql://zhangsan@db.office:5432/ducha 的密码，请重新输入。");
        assertThat(dialog.password.getText()).as("a refused password is emptied").isEmpty();

        robot.interact(() -> dialog.password.setText("mima-123"));
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(passwords).containsExactly(null, "wrong", "mima-123");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isEqualTo("opened postgresql://zhangsan@db.office:5432/ducha");
        assertThat(dialog.password.getText()).as("forgotten when closed").isEmpty();
    }

    @Test
    void aServerThatIsAwayOrRefusesIsToldInOneLineAndTheDialogStays() throws Exception {
        // A real answer of the engine: nothing listens on port 1.
        ServerAddress nowhere = new ServerAddress("127.0.0.1", 1, "ducha", "zhangsan", Map.of("sslmode", "disable",
                "connect_timeout", "2"));
        Throwable offline = null;
        try (Workspace ws = Workspace.openServer(nowhere, null)) {
            throw new AssertionError("opened " + ws.displayName());
        } catch (WorkspaceOfflineException e) {
            offline = e;
        }
        answers.add(offline);
        answers.add(new WorkspaceException("There is no database ducha on the server 127.0.0.1:1."));
        robot.interact(() -> {
            dialog.host.setText("127.0.0.1");
            dialog.port.setText("1");
            dialog.database.setText("ducha");
            dialog.user.setText("zhangsan");
        });
        Button connect = (Button) dialog.getDialogPane().lookup("#connect-button");
        robot.interact(connect::fire);
        assertThat(dialog.problem.getText()).startsWith("连不上服务器 127.0.0.1:1（").endsWith("）。").doesNotContain("\n");
        assertThat(connect.isDisabled()).isFalse();
        robot.interact(connect::fire);
        assertThat(dialog.problem.getText())
                .isEqualTo("无法打开 postgresql://zhangsan@127.0.0.1:1/ducha：There is no database ducha on the server 127.0.0.1:1.");
        assertThat(dialog.isShowing()).isTrue();
    }

    @Test
    void escCloses() throws Exception {
        robot.interact(() -> dialog.host.requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(dialog.getResult()).isNull();
        assertThat(tried).isEmpty();
    }

    @Test
    void aServerFromTheRecentListFillsTheFields() throws Exception {
        robot.interact(() -> dialog.close());
        ServerAddress recent = ServerAddress.parse("postgresql://lisi@192.168.3.4:6543/ban?sslmode=verify-full");
        robot.interact(() -> {
            dialog = new ConnectDialog<>(owner, recent, "服务器要求输入密码", this::fakeConnect);
            dialog.show();
        });
        assertThat(dialog.host.getText()).isEqualTo("192.168.3.4");
        assertThat(dialog.port.getText()).isEqualTo("6543");
        assertThat(dialog.database.getText()).isEqualTo("ban");
        assertThat(dialog.user.getText()).isEqualTo("lisi");
        assertThat(dialog.sslMode.getValue()).isEqualTo("verify-full");
        assertThat(dialog.problem.getText()).isEqualTo("服务器要求输入密码");
        assertThat(Window.getWindows()).anyMatch(w -> w.getScene().getRoot().lookup("#connectDialog") != null);
    }

    /** The engine's own exception (its constructor is the storage package's). */
    private static WorkspacePasswordNeededException passwordNeeded(ServerAddress address, boolean refused) {
        try {
            var c = WorkspacePasswordNeededException.class.getDeclaredConstructor(ServerAddress.class, boolean.class,
                    Throwable.class);
            c.setAccessible(true);
            return c.newInstance(address, refused, null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
