package org.luoshi.importer.read;

import java.nio.file.Path;
import org.luoshi.i18n.Messages;

/**
 * Reads a plain-text plan document in UTF-8 (with or without BOM), UTF-16 or GB18030/GBK, the
 * encoding detected from the bytes ({@link TextDecoder}). Anything that is not text — NUL bytes,
 * undecodable bytes, nothing at all — is refused with a one-line message.
 */
public final class TextDocumentReader implements DocumentReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public ImportedDocument read(Path file) throws DocumentReadException {
        FileChecks.check(file);
        byte[] bytes = FileChecks.readAll(file);
        TextDecoder.Decoded decoded = decoder.decode(bytes).orElseThrow(() -> new DocumentReadException(
                Messages.get(looksBinary(bytes) ? "import.error.binary" : "import.error.encoding", file)));
        String text = decoded.text();
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF')) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        // A PDF's text pasted with its lines cut at the page's width is joined again (HardWrappedText);
        // a body run together on one line gets its items' line breaks back (RunOnItemLines), and so do
        // items and their labelled fields on one line (InlineFieldLines);
        // an item's fields numbered as sub-items ((二)责任单位:…) are read as its fields;
        // a table's unit cells printed one a line (市发改委牵头落实) are joined onto their sentences.
        return ImportedDocument.text(file.getFileName().toString(),
                Messages.get("import.format.text", decoded.charset().displayName()),
                UnitCellLines.joined(NumberedFieldLines.unnumbered(
                        InlineFieldLines.reflow(RunOnItemLines.reflow(HardWrappedText.unwrapped(text))))));
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > n;
    }
}
