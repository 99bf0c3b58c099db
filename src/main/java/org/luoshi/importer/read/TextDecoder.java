package org.luoshi.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of a text document, choosing the encoding from the bytes themselves: a BOM;
 * UTF-16 without BOM (NUL bytes that decode to Chinese text); strict UTF-8; else GB18030 when the detector reads
 * Chinese GB text (GB18030 is a superset of GBK and GB2312). Never the platform default.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    /** Empty if the bytes are not text in any encoding Luoshi reads. */
    public Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (containsNul(bytes)) {
            // Text with NUL bytes is UTF-16 without a BOM (ASCII and many CJK characters have a
            // zero byte); anything else with NULs is binary.
            for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                Optional<Decoded> d = strict(bytes, 0, utf16);
                if (d.isPresent() && mostlyChinese(d.get().text()) && !hasControlCharacters(d.get().text())) {
                    return d;
                }
            }
            return Optional.empty();
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return mostlyChinese(utf8.get().text()) || !hasControlCharacters(utf8.get().text())
                    ? utf8 : Optional.empty();
        }
        String detected = detect(bytes);
        if (detected == null || detected.startsWith("GB") || detected.equals("HZ-GB-2312")
                || detected.equals("BIG5") || detected.startsWith("WINDOWS-125")) {
            // Chinese plans that are not UTF-8 are GB text; the detector sometimes names a
            // single-byte charset for short GB samples, so GB18030 is tried whenever it decodes.
            Optional<Decoded> gb = strict(bytes, 0, GB18030);
            if (gb.isPresent() && mostlyChinese(gb.get().text())) {
                return gb;
            }
        }
        if (detected != null && !detected.startsWith("GB") && Charset.isSupported(detected)) {
            Optional<Decoded> other = strict(bytes, 0, Charset.forName(detected));
            if (other.isPresent() && mostlyChinese(other.get().text())) {
                return other;
            }
        }
        return Optional.empty();
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A decoding that yields mostly CJK, ASCII and CJK punctuation is taken as right. */
    static boolean mostlyChinese(String text) {
        long letters = 0;
        long plausible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            letters++;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (c < 0x20 && c != '\t') {
                continue; // control characters: binary data, not text
            }
            if (c < 0x80 || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || block == Character.UnicodeBlock.GENERAL_PUNCTUATION) {
                plausible++;
            }
        }
        return letters == 0 || plausible * 100 / letters >= 90;
    }

    private static boolean hasControlCharacters(String text) {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        return controls * 100 > text.length();
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return Optional.of(new Decoded(text, charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
