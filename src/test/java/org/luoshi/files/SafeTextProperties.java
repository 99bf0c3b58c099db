package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.xml.sax.InputSource;

/** {@link SafeText} on any text at all. */
class SafeTextProperties {
    /** Whatever a document or a workspace holds, what is written is well-formed XML and strict UTF-8. */
    @Property(tries = 500)
    void anyTextMadeSafeIsWellFormedXmlAndEncodes(
            @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 40) String any) throws Exception {
        String safe = SafeText.text(any);
        String xml = "<t>" + safe.replace("&", "&amp;").replace("<", "&lt;") + "</t>";
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        ByteBuffer bytes = strictUtf8(safe);
        assertThat(bytes.remaining()).isGreaterThanOrEqualTo(0);
        assertThat(safe.codePoints().allMatch(SafeText::writable)).isTrue();
        assertThat(SafeText.text(safe)).isEqualTo(safe);
    }

    private static ByteBuffer strictUtf8(String s) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
    }
}
