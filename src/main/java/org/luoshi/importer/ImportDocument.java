package org.luoshi.importer;

import java.nio.file.Path;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.DocumentReadException;
import org.luoshi.importer.read.DocumentReaders;
import org.luoshi.importer.read.ImportedDocument;
import org.luoshi.plan.Plan;
import org.luoshi.session.UseCase;

/**
 * Importing a plan document, the same from the menu and from {@code luoshi import}: read the file
 * (or text), parse it, and — after the person reviewed it, in the window — store it with its units
 * named as this workspace names them, as one undoable edit.
 */
public final class ImportDocument {
    /** A document read and parsed, not stored yet. */
    public record Read(ImportedDocument document, ParsedPlan parsed) {
        public boolean hasTasks() {
            return !parsed.plan().tasks().isEmpty();
        }
    }

    private ImportDocument() {
    }

    /** Reads and parses {@code file} (.txt, .docx, .pdf). No workspace needed. */
    public static Read read(Path file) throws DocumentReadException {
        return parse(DocumentReaders.read(file));
    }

    /** Parses text copied from a web page or a document; {@code name} says where it came from. */
    public static Read text(String name, String text) {
        return parse(ImportedDocument.text(name, name, text));
    }

    private static Read parse(ImportedDocument document) {
        return new Read(document, ShowableDates.of(new DocumentImporter().importDocument(document)));
    }

    /** Stores {@code plan} (as reviewed) as one undoable edit; gives it as stored, with its ids. */
    public static UseCase<Plan> save(Plan plan) {
        return session -> PlanSaving.storeAsEdit(session, plan);
    }

}
