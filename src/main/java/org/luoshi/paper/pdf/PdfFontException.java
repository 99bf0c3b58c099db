package org.luoshi.paper.pdf;

/**
 * No font can be embedded in a PDF: the chosen file is missing, unreadable, CFF or without Chinese,
 * or none was found. The message is for the user: it names the file and the reason, or says which
 * fonts would work and how to install or choose one.
 */
public final class PdfFontException extends RuntimeException {
    public PdfFontException(String message) {
        super(message);
    }
}
