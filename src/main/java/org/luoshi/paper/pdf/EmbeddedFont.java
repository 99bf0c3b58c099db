package org.luoshi.paper.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.luoshi.files.SafeText;

/**
 * An {@link EmbeddableFont} embedded in one document: the Chinese font, and the Latin font and the
 * other Chinese fonts each loaded the first time a character needs it. Cuts text into runs, each in
 * the font that has its glyphs.
 */
public final class EmbeddedFont {
    /** A piece of text in one font. */
    public record Run(PDFont font, String text) {
    }

    private final PDDocument document;
    private final EmbeddableFont source;
    /** The fonts loaded into the document so far, the chosen one first. */
    private final java.util.Map<EmbeddableFont, PDType0Font> loaded = new java.util.IdentityHashMap<>();

    EmbeddedFont(PDDocument document, EmbeddableFont source) throws IOException {
        this.document = document;
        this.source = source;
        loaded.put(source, source.load(document));
    }

    /**
     * {@code text} as runs of one font each. Control characters go ({@link SafeText#line}); what
     * no font can show is replaced (□ or ?, as {@link org.luoshi.paper.TextMeasurer#showable}
     * does); line breaks become spaces; a character
     * that still has no glyph (not even the replacement) is left out rather than failing the PDF.
     */
    public List<Run> runs(String text) throws IOException {
        GlyphMetrics metrics = source.metrics();
        String line = SafeText.line(text);
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isISOControl(cp) && !metrics.canShow(cp)) {
                source.drewPlaceholderFor(cp); // checked before writing, reported once
            }
        }
        String shown = metrics.showable(line);
        List<Run> runs = new ArrayList<>(1);
        StringBuilder run = new StringBuilder(shown.length());
        PDFont runFont = null;
        for (int i = 0; i < shown.length(); ) {
            int cp = shown.codePointAt(i);
            i += Character.charCount(cp);
            EmbeddableFont from = source.fontFor(cp);
            if (from == null) {
                continue;
            }
            PDFont f = loaded(from);
            if (f != runFont && run.length() > 0) {
                runs.add(new Run(runFont, run.toString()));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            runs.add(new Run(runFont, run.toString()));
        }
        return runs;
    }

    private PDType0Font loaded(EmbeddableFont font) throws IOException {
        PDType0Font f = loaded.get(font);
        if (f == null) {
            f = font.load(document);
            loaded.put(font, f);
        }
        return f;
    }
}
