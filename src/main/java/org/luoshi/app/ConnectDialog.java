package org.luoshi.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.luoshi.i18n.Messages;
import org.luoshi.storage.ServerAddress;
import org.luoshi.storage.WorkspaceOfflineException;
import org.luoshi.storage.WorkspacePasswordNeededException;
import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.DialogWindows;

/**
 * File → 连接办公室服务器…: where the office's shared workspace is (server, port, database, role, TLS)
 * and, if the server wants one and {@code ~/.pgpass} does not hold it, the password — used for this
 * connection only, never written anywhere. 连接 tries at once, off the FX thread, and the dialog stays
 * open with the reason in one line until the workspace is open (a password asked for or refused: the
 * password field is emptied and focused, with what the server said). Esc closes it.
 *
 * @param <T> what the connection gives (the workspace opened, its first screen read)
 */
final class ConnectDialog<T> extends Dialog<T> {
    /** Opens the workspace at an address, off the FX thread; exactly one callback, on the FX thread. */
    @FunctionalInterface
    interface Connector<T> {
        void connect(ServerAddress address, char[] passwordOrNull, Consumer<T> opened, Consumer<Throwable> failed);
    }

    static final List<String> SSL_MODES = List.of("prefer", "require", "verify-full");

    final TextField host = new TextField();
    final TextField port = new TextField(String.valueOf(ServerAddress.DEFAULT_PORT));
    final TextField database = new TextField();
    final TextField user = new TextField(System.getProperty("user.name", ""));
    final ComboBox<String> sslMode = new ComboBox<>();
    final TextField rootCert = new TextField();
    final PasswordField password = new PasswordField();
    final Label address = new Label();
    final Label problem = new Label();
    private final ButtonType connectType = new ButtonType(Messages.get("connect.button"), ButtonBar.ButtonData.OK_DONE);
    private final Connector<T> connector;
    private boolean connecting;

    ConnectDialog(Window owner, ServerAddress start, String message, Connector<T> connector) {
        this.connector = connector;
        initOwner(owner);
        DialogWindows.fit(this);
        setTitle(Messages.get("connect.title"));
        setHeaderText(Messages.get("connect.header"));
        getDialogPane().setId("connectDialog");
        host.setId("connect-host");
        port.setId("connect-port");
        database.setId("connect-database");
        user.setId("connect-user");
        sslMode.setId("connect-sslmode");
        rootCert.setId("connect-rootcert");
        password.setId("connect-password");
        address.setId("connect-address");
        problem.setId("connect-problem");
        host.setPromptText("192.168.1.10");
        host.setPrefColumnCount(24);
        port.setPrefColumnCount(6);
        password.setPromptText(Messages.get("connect.password.prompt"));
        sslMode.getItems().setAll(SSL_MODES);
        sslMode.setConverter(new StringConverter<>() {
            @Override
            public String toString(String mode) {
                // A mode the list does not offer (disable, allow, verify-ca: from an address typed elsewhere) as it is.
                return mode == null ? "" : SSL_MODES.contains(mode) ? Messages.get("connect.sslmode." + mode) : mode;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        sslMode.getSelectionModel().select("prefer");
        sslMode.setMaxWidth(Double.MAX_VALUE);
        Button choose = new Button(Messages.get("connect.rootCert.choose"));
        choose.setOnAction(e -> chooseRootCert());
        HBox certRow = new HBox(6, rootCert, choose);
        HBox.setHgrow(rootCert, Priority.ALWAYS);
        if (start != null) {
            fill(start);
        }

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label(Messages.get("connect.host")), host);
        grid.addRow(row++, new Label(Messages.get("connect.port")), port);
        grid.addRow(row++, new Label(Messages.get("connect.database")), database);
        grid.addRow(row++, new Label(Messages.get("connect.user")), user);
        grid.addRow(row++, new Label(Messages.get("connect.sslmode")), sslMode);
        grid.addRow(row++, new Label(Messages.get("connect.rootCert")), certRow);
        grid.addRow(row++, new Label(Messages.get("connect.password")), password);
        Label note = new Label(Messages.get("connect.password.note"));
        note.getStyleClass().add("connect-note");
        note.setWrapText(true);
        address.setWrapText(true);
        address.setMnemonicParsing(false);
        problem.setWrapText(true);
        problem.getStyleClass().add("connect-problem");
        problem.setStyle("-fx-text-fill: #b3261e;");
        // The address and the server's answer may be long: they wrap, and the dialog grows to show them whole.
        for (Label l : List.of(note, address, problem)) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.setPrefWidth(440);
            l.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        }
        // Room for a two-line address and a three-line answer from the start: a window manager may not
        // let the dialog grow once shown (JDK-8316423), and the buttons must never be pushed off it.
        address.setMinHeight(2.6 * Font.getDefault().getSize() * 1.4);
        problem.setMinHeight(3.6 * Font.getDefault().getSize() * 1.4);
        problem.textProperty().addListener((obs, was, now) -> fitHeight());
        address.textProperty().addListener((obs, was, now) -> fitHeight());
        VBox content = new VBox(10, grid, note, address, problem);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(connectType, DialogButtons.cancel());

        Button connect = (Button) getDialogPane().lookupButton(connectType);
        connect.setId("connect-button");
        // The dialog stays open while it connects; it closes itself once the workspace is open.
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            connect();
        });
        for (javafx.beans.Observable o : List.of(host.textProperty(), port.textProperty(), database.textProperty(),
                user.textProperty(), sslMode.valueProperty(), rootCert.textProperty())) {
            o.addListener(x -> showAddress());
        }
        showAddress();
        if (message != null) {
            problem.setText(message);
        }
        setResultConverter(button -> null);
        setOnShown(e -> (host.getText().isBlank() ? host : message != null ? password : database).requestFocus());
        // Whatever was typed is forgotten when the dialog closes.
        setOnHidden(e -> password.clear());
    }

    /** Makes the window tall enough for a message that now takes more lines. */
    private void fitHeight() {
        javafx.application.Platform.runLater(() -> {
            if (isShowing() && getDialogPane().getScene() != null) {
                Window w = getDialogPane().getScene().getWindow();
                double needed = getDialogPane().prefHeight(getDialogPane().getWidth());
                if (w != null && needed > getDialogPane().getHeight() + 1) {
                    w.sizeToScene();
                }
            }
        });
    }

    private void fill(ServerAddress a) {
        host.setText(a.host());
        port.setText(String.valueOf(a.port()));
        database.setText(a.database());
        user.setText(a.user());
        String mode = a.options().getOrDefault("sslmode", "prefer");
        if (!SSL_MODES.contains(mode)) {
            sslMode.getItems().add(mode);
        }
        sslMode.getSelectionModel().select(mode);
        rootCert.setText(a.options().getOrDefault("sslrootcert", ""));
    }

    /** The address the fields say, or null with {@link #invalid()} saying why. */
    ServerAddress addressTyped() {
        return invalid() == null ? build() : null;
    }

    /** What is wrong with the fields, one sentence; null when they make an address. */
    String invalid() {
        if (host.getText().isBlank() || host.getText().strip().contains(" ") || host.getText().contains("/")) {
            return Messages.get("connect.invalid.host");
        }
        if (portNumber() < 0) {
            return Messages.get("connect.invalid.port");
        }
        if (database.getText().isBlank()) {
            return Messages.get("connect.invalid.database");
        }
        if (user.getText().isBlank()) {
            return Messages.get("connect.invalid.user");
        }
        String cert = rootCert.getText().strip();
        if (!cert.isEmpty() && !isFile(cert)) {
            return Messages.get("connect.invalid.rootCert", cert);
        }
        return null;
    }

    private ServerAddress build() {
        Map<String, String> options = new LinkedHashMap<>();
        String mode = sslMode.getValue() == null ? "prefer" : sslMode.getValue();
        options.put("sslmode", mode);
        if (!rootCert.getText().isBlank()) {
            options.put("sslrootcert", rootCert.getText().strip());
        }
        return new ServerAddress(host.getText().strip(), portNumber(), database.getText().strip(),
                user.getText().strip(), options);
    }

    private int portNumber() {
        try {
            int p = Integer.parseInt(port.getText().strip());
            return p >= 1 && p <= 65_535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isFile(String text) {
        try {
            return Files.isRegularFile(Path.of(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private void showAddress() {
        String why = invalid();
        address.setText(why == null ? Messages.get("connect.address", build().url()) : "");
        if (!connecting) {
            problem.setText(why == null ? "" : why);
        }
    }

    /** 连接: tries the address the fields say, with the password typed (none: ~/.pgpass). */
    void connect() {
        if (connecting) {
            return;
        }
        String why = invalid();
        if (why != null) {
            problem.setText(why);
            return;
        }
        ServerAddress target = build();
        char[] typed = password.getText().isEmpty() ? null : password.getText().toCharArray();
        connecting = true;
        getDialogPane().lookupButton(connectType).setDisable(true);
        problem.setText(Messages.get("connect.connecting", target.display()));
        connector.connect(target, typed, opened -> {
            wipe(typed);
            connecting = false;
            setResult(opened);
            close();
        }, failure -> {
            wipe(typed);
            connecting = false;
            getDialogPane().lookupButton(connectType).setDisable(false);
            problem.setText(sentence(failure, target));
            if (failure instanceof WorkspacePasswordNeededException) {
                password.clear();
                password.requestFocus();
            }
        });
    }

    private static void wipe(char[] typed) {
        if (typed != null) {
            Arrays.fill(typed, '\0');
        }
    }

    /** What went wrong, in one line of the person's language (the server's own words kept where they say more). */
    static String sentence(Throwable failure, ServerAddress target) {
        if (failure instanceof WorkspacePasswordNeededException p) {
            return Messages.get(p.refused() ? "connect.passwordRefused" : "connect.passwordNeeded", target.display());
        }
        String detail = oneLine(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        if (failure instanceof WorkspaceOfflineException) {
            return Messages.get("connect.offline", target.host() + ":" + target.port(), reason(detail));
        }
        return Messages.get("connect.failed", target.display(), detail);
    }

    /** The server's own words of a message that ends with them in brackets ("… (Connection refused)."), else all of it. */
    static String reason(String message) {
        int open = message.lastIndexOf(" (");
        if (open > 0 && message.endsWith(").")) {
            String inside = message.substring(open + 2, message.length() - 2).strip();
            return inside.endsWith(".") || inside.endsWith("。") ? inside.substring(0, inside.length() - 1) : inside;
        }
        return message;
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).strip();
    }

    private void chooseRootCert() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("connect.rootCert"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("connect.rootCert.files"),
                "*.crt", "*.pem", "*.cer"));
        java.io.File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            rootCert.setText(chosen.getAbsolutePath());
        }
    }
}
