package org.luoshi.notices.ui;

import org.luoshi.ui.DialogWindows;
import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.notices.NoticeNumber;
import org.luoshi.ui.DateConverter;
import org.luoshi.ui.DialogButtons;

/** Asks what a notice needs: time limit, basis, requirement, contact, and its numbering. */
final class NoticeDialog extends Dialog<NoticesFeature.Choice> {
    final DatePicker limit = DateConverter.picker(null);
    final TextArea basis = new TextArea();
    final TextArea requirement = new TextArea();
    final TextField contact = new TextField();
    final TextField office = new TextField();
    final TextField format = new TextField();
    final Spinner<Integer> next = new Spinner<>(1, 99999, 1);
    private final Label number = new Label();
    private final Label problem = new Label();

    NoticeDialog(Window owner, NoticesFeature.Form form) {
        initOwner(owner);
        DialogWindows.fit(this);
        setTitle(form.kind().title());
        setHeaderText(form.subject());
        limit.setId("noticeLimit");
        limit.setValue(form.today().plusDays(7));
        basis.setId("noticeBasis");
        basis.setWrapText(true);
        basis.setPrefRowCount(2);
        basis.setText(form.basis());
        requirement.setId("noticeRequirement");
        requirement.setWrapText(true);
        requirement.setPrefRowCount(2);
        requirement.setPromptText(Messages.get("notice.ui.requirement.prompt"));
        contact.setId("noticeContact");
        contact.setText(form.settings().contact());
        office.setId("noticeOffice");
        office.setText(form.settings().office());
        office.setPromptText(Messages.get("notice.ui.office.prompt"));
        format.setId("noticeFormat");
        format.setText(form.settings().format(form.kind()));
        next.setId("noticeNext");
        next.setEditable(true);
        next.getValueFactory().setValue(form.settings().next(form.kind()));
        number.setId("noticeNumber");
        Runnable preview = () -> number.setText(NoticeNumber.usable(format.getText())
                ? NoticeNumber.format(format.getText().strip(), form.today().getYear(), nextValue()) : "");
        format.textProperty().addListener((o, a, b) -> preview.run());
        next.getEditor().textProperty().addListener((o, a, b) -> preview.run());
        preview.run();
        problem.getStyleClass().add("detail-refusal");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("notice.ui.number"), number);
        grid.addRow(row++, label("notice.ui.format"), format);
        grid.addRow(row++, label("notice.ui.next"), next);
        grid.addRow(row++, label("notice.ui.limit"), limit);
        grid.addRow(row++, label("notice.ui.basis"), basis);
        grid.addRow(row++, label("notice.ui.requirement"), requirement);
        grid.addRow(row++, label("notice.ui.contact"), contact);
        grid.addRow(row++, label("notice.ui.office"), office);
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType ok = DialogButtons.ok();
        getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String wrong = check(form.today());
            problem.setText(wrong == null ? "" : wrong);
            problem.setVisible(wrong != null);
            if (wrong != null) {
                e.consume();
            }
        });
        setResultConverter(b -> DialogButtons.isOk(b) ? new NoticesFeature.Choice(limit.getValue(), basis.getText(),
                requirement.getText(), contact.getText(), format.getText().strip(), nextValue(), office.getText()) : null);
    }

    private static Label label(String key) {
        Label l = new Label(Messages.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private int nextValue() {
        try {
            return Math.max(1, Integer.parseInt(next.getEditor().getText().strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String check(LocalDate today) {
        if (!NoticeNumber.usable(format.getText())) {
            return Messages.get("notice.error.badFormat", format.getText());
        }
        if (limit.getValue() == null) {
            return Messages.get("notice.error.noLimit");
        }
        if (limit.getValue().isBefore(today)) {
            return Messages.get("notice.error.limitBeforeIssue", limit.getValue(), today);
        }
        return null;
    }
}
