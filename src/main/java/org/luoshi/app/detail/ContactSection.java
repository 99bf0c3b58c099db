package org.luoshi.app.detail;

import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.luoshi.edit.EditSink;
import org.luoshi.edit.TaskEdits;
import org.luoshi.find.TaskFacts;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Task;

/** 联系人 and 电话: who to ask about the task; committed on Enter or when the fields lose focus. */
final class ContactSection extends Section {
    private final TextField person = new TextField();
    private final TextField phone = new TextField();
    private Task shown;
    private String committed; // person + "\n" + phone last stored or sent

    ContactSection(EditSink sink) {
        super("detail.contact", sink);
        person.setId("detailContact");
        person.setPromptText(Messages.get("detail.contact.person"));
        phone.setId("detailPhone");
        phone.setPromptText(Messages.get("detail.contact.phone"));
        for (TextField f : new TextField[] {person, phone}) {
            f.setOnAction(e -> commitPending());
            f.focusedProperty().addListener((obs, old, focused) -> {
                if (!focused) {
                    commitPending();
                }
            });
        }
        HBox.setHgrow(person, Priority.ALWAYS);
        HBox.setHgrow(phone, Priority.ALWAYS);
        HBox row = line(person, phone);
        add(row);
    }

    @Override
    void show(TaskFacts facts) {
        commitPending();
        shown = facts.task();
        committed = shown.contact() + "\n" + shown.phone();
        person.setText(shown.contact());
        phone.setText(shown.phone());
    }

    @Override
    void commitPending() {
        if (shown == null) {
            return;
        }
        String now = person.getText().strip() + "\n" + phone.getText().strip();
        if (!now.equals(committed)) {
            committed = now;
            Task task = shown;
            String p = person.getText();
            String t = phone.getText();
            sink.attempt(() -> TaskEdits.contact(task, p, t));
        }
    }
}
