package org.luoshi.importer.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.luoshi.i18n.Messages;

/**
 * Reads a plain-text plan document. The encoding comes from the bytes, never from the platform
 * default: a byte-order mark (UTF-8, UTF-16LE/BE), else strict UTF-8. Anything that is not text —
 * NUL bytes, undecodable bytes, nothing at all — is refused with a one-line message.
 */
public final class TextDocumentReader {
    /** Plans run to tens of kilobytes; 20 MB is far beyond any real one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public String read(Path file) throws DocumentReadException {
        if (!Files.exists(file)) {
            throw new DocumentReadException(Messages.get("import.error.missing", file));
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentReadException(Messages.get("import.error.notFile", file));
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DocumentReadException(Messages.get("import.error.tooLarge",
                        size / (1024 * 1024), MAX_BYTES / (1024 * 1024), file));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentReadException(Messages.get("import.error.unreadable", file), e);
        }
        String text = decode(bytes, file);
        if (text.strip().isEmpty()) {
            throw new DocumentReadException(Messages.get("import.error.empty", file));
        }
        return text;
    }

    String decode(byte[] bytes, Path file) throws DocumentReadException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, file);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, file);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, file);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new DocumentReadException(Messages.get("import.error.binary", file));
            }
        }
        return strict(bytes, 0, StandardCharsets.UTF_8, file);
    }

    private static String strict(byte[] bytes, int offset, Charset charset, Path file) throws DocumentReadException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentReadException(Messages.get("import.error.encoding", file), e);
        }
    }
}
