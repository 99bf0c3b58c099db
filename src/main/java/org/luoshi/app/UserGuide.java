package org.luoshi.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.luoshi.i18n.Messages;
import org.luoshi.ui.DialogWindows;
import org.luoshi.ui.WindowLook;

/**
 * Help → 使用说明: the user guide, offline, in the interface's language (Chinese or English), with
 * the screenshots. The text is a small Markdown file in the jar ({@code /org/luoshi/help/guide_zh.md},
 * {@code guide_en.md}): headings, paragraphs, "- " items and {@code ![…](file.png)} pictures.
 */
final class UserGuide {
    private static final String FOLDER = "/org/luoshi/help/";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");

    /** One block of the guide. */
    sealed interface Block permits Heading, Paragraph, Item, Picture {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Item(String text) implements Block {
    }

    record Picture(String caption, String file) implements Block {
    }

    private static Stage open;

    private UserGuide() {
    }

    /** The guide's file for the interface's language: Chinese for zh, English otherwise. */
    static String resource(Locale locale) {
        return FOLDER + ("zh".equals(locale.getLanguage()) ? "guide_zh.md" : "guide_en.md");
    }

    /** The guide's text for {@code locale}. */
    static String text(Locale locale) {
        try (InputStream in = UserGuide.class.getResourceAsStream(resource(locale))) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource(locale));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The blocks of a guide text: lines run together into paragraphs until a blank line. */
    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            Matcher image = IMAGE.matcher(line);
            boolean special = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || image.matches();
            if (special && paragraph.length() > 0) {
                blocks.add(new Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                blocks.add(new Heading(level, line.substring(level).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(new Item(line.substring(2).strip()));
            } else if (image.matches()) {
                blocks.add(new Picture(image.group(1), image.group(2)));
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        return blocks;
    }

    /** Shows the guide beside {@code owner} (the same window again if it is open). */
    static Stage show(Window owner) {
        if (open != null && open.isShowing()) {
            open.toFront();
            return open;
        }
        VBox page = new VBox(10);
        page.setId("userGuide");
        page.setPadding(new Insets(16, 24, 24, 24));
        page.setMaxWidth(920);
        for (Block b : parse(text(Messages.locale()))) {
            page.getChildren().add(node(b));
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("action.guide"));
        Button close = new Button(Messages.get("dialog.close"));
        close.setId("guideClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bottom = new HBox(close);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        bottom.setStyle("-fx-alignment: center-right;");
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        WindowLook.of(owner).apply(root);
        stage.setScene(new Scene(root, 940, 700));
        DialogWindows.fit(stage);
        stage.show();
        open = stage;
        return stage;
    }

    private static Node node(Block b) {
        if (b instanceof Heading h) {
            Label l = label(h.text());
            l.setStyle(h.level() == 1 ? "-fx-font-size: 1.6em; -fx-font-weight: bold;"
                    : "-fx-font-size: 1.25em; -fx-font-weight: bold; -fx-padding: 10 0 0 0;");
            return l;
        }
        if (b instanceof Item i) {
            return label("•  " + i.text());
        }
        if (b instanceof Picture p) {
            return picture(p);
        }
        return label(((Paragraph) b).text());
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Node picture(Picture p) {
        var url = UserGuide.class.getResource(FOLDER + p.file());
        if (url == null) {
            return label("[" + p.caption() + "]");
        }
        ImageView view = new ImageView(new Image(url.toExternalForm(), 860, 0, true, true));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(860, view.getImage().getWidth()));
        view.setAccessibleText(p.caption());
        Label caption = new Label(p.caption());
        caption.setStyle("-fx-opacity: 0.7; -fx-font-size: 0.9em;");
        return new VBox(4, view, caption);
    }
}
