package org.luoshi.importer.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.luoshi.importer.DocumentImporter;
import org.luoshi.importer.read.DocumentReaders;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.importer.review.ReviewDraft;

/**
 * Opens the review dialog on a document, for looking at it (screenshots for the README):
 * {@code java -cp … org.luoshi.importer.ui.ReviewDialogDemo$Main FILE [TASK_INDEX]}.
 */
public final class ReviewDialogDemo extends Application {
    /** Plain main class: an Application subclass cannot be the main class on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(ReviewDialogDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        ImportedDocument doc = DocumentReaders.read(Path.of(args.get(0)));
        ReviewDialog dialog = new ReviewDialog(null, new ReviewDraft(new DocumentImporter().importDocument(doc)),
                doc.name() + "（" + doc.format() + "）");
        if (args.size() > 1) {
            int index = Integer.parseInt(args.get(1));
            Platform.runLater(() -> {
                dialog.table().getSelectionModel().select(index);
                dialog.table().scrollTo(Math.max(0, index - 3));
            });
        }
        dialog.setOnHidden(e -> Platform.exit());
        dialog.show();
    }
}
