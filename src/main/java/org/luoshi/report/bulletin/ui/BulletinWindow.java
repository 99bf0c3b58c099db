package org.luoshi.report.bulletin.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.report.bulletin.Bulletin;
import org.luoshi.report.bulletin.Bulletins;
import org.luoshi.rounds.Round;
import org.luoshi.ui.DateConverter;
import org.luoshi.ui.WindowLook;

/**
 * The bulletin window: at the top the round, the day, 第N期 and the office, with 生成; in the middle the
 * draft paragraph by paragraph — pick one and edit it on the right — and the text of 四、下步要求 that
 * the next draft uses (设为默认 keeps it in the workspace); at the foot 保存为 Word… and 保存为 PDF….
 */
final class BulletinWindow {
    private final Stage stage;
    private final BulletinViewModel model;
    private final ListView<Bulletin.Block> blocks = new ListView<>();
    private final TextArea editor = new TextArea();

    BulletinWindow(Stage stage, BulletinViewModel model) {
        this.stage = stage;
        this.model = model;
        BorderPane root = new BorderPane();
        root.setTop(choices());
        root.setCenter(draft());
        root.setBottom(foot());
        root.setPadding(new Insets(8));
        WindowLook.of(stage.getOwner()).apply(root);
        stage.setScene(new Scene(root, 1100, 720));
        stage.setTitle(Messages.get("bulletin.ui.title") + " — " + model.plan().displayTitle());
    }

    Stage stage() {
        return stage;
    }

    private GridPane choices() {
        ComboBox<Round> round = new ComboBox<>(model.rounds());
        round.setId("bulletinRound");
        round.valueProperty().bindBidirectional(model.roundProperty());
        round.setConverter(new StringConverter<>() {
            @Override
            public String toString(Round r) {
                return r == null ? Messages.get("bulletin.ui.noRound")
                        : Messages.get("bulletin.ui.roundItem", r.period(), Dates.format(r.due()));
            }

            @Override
            public Round fromString(String s) {
                return null;
            }
        });
        DatePicker day = DateConverter.picker(model.dayProperty().get());
        day.setId("bulletinDay");
        day.valueProperty().bindBidirectional(model.dayProperty());
        Spinner<Integer> number = new Spinner<>(1, 9999, model.numberProperty().get());
        number.setId("bulletinNumber");
        number.setEditable(true);
        number.setPrefWidth(90);
        number.getValueFactory().valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.numberProperty().set(is);
            }
        });
        model.numberProperty().addListener((o, was, is) -> number.getValueFactory().setValue(is.intValue()));
        TextField office = new TextField();
        office.setId("bulletinOffice");
        office.textProperty().bindBidirectional(model.officeProperty());
        Button make = new Button(Messages.get("bulletin.ui.draft"));
        make.setId("bulletinDraft");
        make.setOnAction(e -> model.draft());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 0, 8, 0));
        grid.addRow(0, new Label(Messages.get("bulletin.ui.round")), round, new Label(Messages.get("bulletin.ui.day")), day,
                new Label(Messages.get("bulletin.ui.number")), number);
        grid.addRow(1, new Label(Messages.get("bulletin.ui.office")), office);
        GridPane.setColumnSpan(office, 4);
        grid.add(make, 5, 1);
        office.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    private SplitPane draft() {
        blocks.setId("bulletinBlocks");
        blocks.setItems(model.blocks());
        blocks.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Bulletin.Block b, boolean empty) {
                super.updateItem(b, empty);
                if (empty || b == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                setText(text(b));
                setStyle(b instanceof Bulletin.Heading ? "-fx-font-weight: bold;"
                        : b instanceof Bulletin.Subheading ? "-fx-font-style: italic;" : "");
            }
        });
        editor.setId("bulletinEditor");
        editor.setWrapText(true);
        blocks.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            boolean editable = is != null && !(is instanceof Bulletin.Table);
            editor.setDisable(!editable);
            editor.setText(editable ? text(is) : "");
        });
        Button apply = new Button(Messages.get("bulletin.ui.apply"));
        apply.setId("bulletinApply");
        apply.disableProperty().bind(editor.disableProperty());
        apply.setOnAction(e -> {
            int i = blocks.getSelectionModel().getSelectedIndex();
            model.edit(i, editor.getText().strip());
            blocks.getSelectionModel().clearAndSelect(i);
        });
        TextArea requirements = new TextArea();
        requirements.setId("bulletinRequirements");
        requirements.setWrapText(true);
        requirements.textProperty().bindBidirectional(model.requirementsProperty());
        Button keep = new Button(Messages.get("bulletin.ui.keep"));
        keep.setId("bulletinKeep");
        keep.setOnAction(e -> model.keepAsDefault());
        VBox right = new VBox(6, new Label(Messages.get("bulletin.ui.edit")), editor, apply,
                new Label(Messages.get("bulletin.ui.requirements")), requirements, keep);
        VBox.setVgrow(editor, Priority.ALWAYS);
        VBox.setVgrow(requirements, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        SplitPane split = new SplitPane(blocks, right);
        split.setDividerPositions(0.62);
        return split;
    }

    private HBox foot() {
        Label message = new Label();
        message.setId("bulletinMessage");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        Button word = new Button(Messages.get("bulletin.ui.saveDocx"));
        word.setId("bulletinSaveDocx");
        word.setOnAction(e -> model.save(Bulletins.Format.DOCX));
        Button pdf = new Button(Messages.get("bulletin.ui.savePdf"));
        pdf.setId("bulletinSavePdf");
        pdf.setOnAction(e -> model.save(Bulletins.Format.PDF));
        word.disableProperty().bind(model.bulletinProperty().isNull());
        pdf.disableProperty().bind(model.bulletinProperty().isNull());
        Button close = new Button(Messages.get("bulletin.ui.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox foot = new HBox(8, message, word, pdf, close);
        HBox.setHgrow(message, Priority.ALWAYS);
        foot.setPadding(new Insets(8, 0, 0, 0));
        return foot;
    }

    private static String text(Bulletin.Block b) {
        if (b instanceof Bulletin.Heading h) {
            return h.text();
        }
        if (b instanceof Bulletin.Subheading h) {
            return h.text();
        }
        if (b instanceof Bulletin.Paragraph p) {
            return p.text();
        }
        Bulletin.Table t = (Bulletin.Table) b;
        return Messages.get("bulletin.ui.table", t.rows().size());
    }
}
