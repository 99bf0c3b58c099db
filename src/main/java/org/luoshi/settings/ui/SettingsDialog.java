package org.luoshi.settings.ui;

import org.luoshi.ui.DialogWindows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.luoshi.ui.DialogButtons;
import org.luoshi.ui.DialogService;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.settings.Language;
import org.luoshi.settings.ReminderOffsets;
import org.luoshi.settings.UserSettings;
import org.luoshi.settings.WorkspaceSettings;

/**
 * Tools → Settings: the language (from the next start), when lights turn yellow, the default
 * reminder offsets, and the font file for PDFs. The first and last belong to the person (a file
 * in the user's folder), the others to the workspace.
 */
public final class SettingsDialog extends Dialog<SettingsDialog.Result> {

    /** What the user chose. */
    public record Result(UserSettings user, WorkspaceSettings workspace) {
        /**
         * The fields the dialog shows put onto the person's settings as they are {@code now}: the rest
         * may have moved while it was open (its own font chooser moves the last folder), and is kept.
         */
        public UserSettings userOnto(UserSettings now) {
            return now.withLanguage(user.language()).withPdfFont(user.pdfFont()).withUserName(user.userName());
        }
    }

    final ChoiceBox<Language> language = new ChoiceBox<>();
    final Spinner<Integer> dueSoonDays = new Spinner<>(0, LightThresholds.MAX_DUE_SOON_DAYS, 7);
    final Spinner<Integer> paceGrace = new Spinner<>(0, 100, 0, 5);
    final TextField offsets = new TextField();
    final TextField font = new TextField();
    final TextField userName = new TextField();
    private final Label problem = new Label();
    /** What the dialog does not show (the detail pane's place) is kept as it was. */
    private final UserSettings userBefore;

    private final DialogService dialogs;

    public SettingsDialog(Window owner, DialogService dialogs, UserSettings user, WorkspaceSettings workspace) {
        this.userBefore = user;
        this.dialogs = dialogs;
        initOwner(owner);
        DialogWindows.fit(this);
        setTitle(Messages.get("action.settings"));
        setHeaderText(null);
        language.setId("settingsLanguage");
        language.getItems().setAll(Language.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : Messages.get("settings.language." + l.name());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        language.setValue(user.language());
        dueSoonDays.setId("settingsDueSoon");
        dueSoonDays.setEditable(true);
        dueSoonDays.getValueFactory().setValue(workspace.lights().dueSoonDays());
        paceGrace.setId("settingsPaceGrace");
        paceGrace.setEditable(true);
        paceGrace.getValueFactory().setValue(workspace.lights().paceGracePercent());
        offsets.setId("settingsOffsets");
        offsets.setText(ReminderOffsets.format(workspace.reminderOffsets()));
        font.setId("settingsFont");
        font.setPromptText(Messages.get("settings.font.auto"));
        font.setText(user.pdfFont() == null ? "" : user.pdfFont().toString());
        Button browse = new Button(Messages.get("settings.font.browse"));
        browse.setOnAction(e -> chooseFont());
        HBox fontRow = new HBox(6, font, browse);
        HBox.setHgrow(font, Priority.ALWAYS);
        problem.getStyleClass().add("detail-refusal");
        problem.setWrapText(true);
        problem.setVisible(false);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("settings.language"), language);
        grid.add(note("settings.language.note"), 1, row++);
        userName.setId("settingsUserName");
        userName.setText(user.userName());
        userName.setPromptText(System.getProperty("user.name", ""));
        grid.addRow(row++, label("settings.userName"), userName);
        grid.add(note("settings.userName.note"), 1, row++);
        grid.addRow(row++, label("settings.dueSoon"), dueSoonDays);
        grid.addRow(row++, label("settings.paceAllowance"), paceGrace);
        grid.add(note("settings.pace.note"), 1, row++);
        grid.addRow(row++, label("settings.offsets"), offsets);
        grid.add(note("settings.offsets.note"), 1, row++);
        grid.addRow(row++, label("settings.font"), fontRow);
        grid.add(note("settings.font.note"), 1, row++);
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setMinWidth(620);
        ButtonType ok = DialogButtons.ok();
        getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = check();
            problem.setText(wrong == null ? "" : wrong);
            problem.setVisible(wrong != null);
            if (wrong != null) {
                e.consume();
            }
        });
        setResultConverter(b -> DialogButtons.isOk(b) ? result(workspace) : null);
    }

    /** A label of the first column: always whole, the column as wide as its longest label. */
    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label note(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("detail-muted");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private void chooseFont() {
        dialogs.chooseOpenFile(Messages.get("settings.font"),
                DialogService.FileFilter.of("TrueType (*.ttf, *.ttc)", "*.ttf", "*.ttc", "*.TTF", "*.TTC"))
                .ifPresent(file -> font.setText(file.toString()));
    }

    /** What is wrong with the input, or null. */
    String check() {
        try {
            ReminderOffsets.parse(offsets.getText());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Integer days = spinnerValue(dueSoonDays, 0, LightThresholds.MAX_DUE_SOON_DAYS);
        Integer grace = spinnerValue(paceGrace, 0, 100);
        if (days == null || grace == null) {
            return Messages.get("settings.error.number");
        }
        String f = font.getText().strip();
        if (!f.isEmpty() && !Files.isRegularFile(Path.of(f))) {
            return Messages.get("settings.error.font", f);
        }
        return null;
    }

    private Result result(WorkspaceSettings before) {
        String f = font.getText().strip();
        UserSettings user = userBefore.withLanguage(language.getValue()).withPdfFont(f.isEmpty() ? null : Path.of(f))
                .withUserName(userName.getText());
        List<Integer> days = ReminderOffsets.parse(offsets.getText());
        WorkspaceSettings ws = before.withLights(new LightThresholds(spinnerValue(dueSoonDays, 0,
                LightThresholds.MAX_DUE_SOON_DAYS), spinnerValue(paceGrace, 0, 100))).withReminderOffsets(days);
        return new Result(user, ws);
    }

    /** The number typed in the spinner's field (a spinner commits typing only on Enter). */
    private static Integer spinnerValue(Spinner<Integer> s, int min, int max) {
        try {
            int v = Integer.parseInt(s.getEditor().getText().strip());
            return v < min || v > max ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
