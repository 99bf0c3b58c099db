package org.luoshi.reminders.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class XAuthorityTest {
    private static final byte[] LOCAL_COOKIE = {(byte) 0x8d, (byte) 0xd4, 0x01, 0x02};
    private static final byte[] WILD_COOKIE = {0x11, 0x22};

    /** libXau's layout: family, then address, number, name and data, each a big-endian length and bytes. */
    private static void entry(DataOutputStream out, int family, String address, String number, String name, byte[] data)
            throws IOException {
        out.writeShort(family);
        for (byte[] field : new byte[][] {address.getBytes(StandardCharsets.ISO_8859_1),
                number.getBytes(StandardCharsets.ISO_8859_1), name.getBytes(StandardCharsets.ISO_8859_1), data}) {
            out.writeShort(field.length);
            out.write(field);
        }
    }

    private static byte[] file() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        entry(out, 65535, "", "0", "MIT-MAGIC-COOKIE-1", WILD_COOKIE);
        entry(out, 256, "vm", "0", "MIT-MAGIC-COOKIE-1", LOCAL_COOKIE);
        entry(out, 256, "vm", "1", "XDM-AUTHORIZATION-1", new byte[] {9});
        entry(out, 256, "other-host", "2", "MIT-MAGIC-COOKIE-1", new byte[] {7});
        return bytes.toByteArray();
    }

    @Test
    void readsEveryEntry() throws IOException {
        XAuthority file = XAuthority.parse(file());
        assertThat(file.entries()).hasSize(4);
        XAuthority.Entry second = file.entries().get(1);
        assertThat(second.family()).isEqualTo(256);
        assertThat(new String(second.address(), StandardCharsets.ISO_8859_1)).isEqualTo("vm");
        assertThat(second.number()).isEqualTo("0");
        assertThat(second.data()).isEqualTo(LOCAL_COOKIE);
    }

    @Test
    void thisMachinesCookieBeforeAWildcardOne() throws IOException {
        XAuthority file = XAuthority.parse(file());
        assertThat(file.cookieFor(0, "vm").orElseThrow().data()).isEqualTo(LOCAL_COOKIE);
        assertThat(file.cookieFor(0, "elsewhere").orElseThrow().data()).as("only the wildcard fits").isEqualTo(WILD_COOKIE);
    }

    @Test
    void noCookieForAnotherDisplayAnotherMachineOrAnotherProtocol() throws IOException {
        XAuthority file = XAuthority.parse(file());
        assertThat(file.cookieFor(1, "vm")).as("display 1 has only an XDM entry").isEmpty();
        assertThat(file.cookieFor(2, "vm")).as("display 2's entry is another machine's").isEmpty();
        assertThat(file.cookieFor(5, "vm")).isEmpty();
    }

    @Test
    void aCutLastEntryIsDroppedTheOthersKept() throws IOException {
        byte[] whole = file();
        XAuthority cut = XAuthority.parse(Arrays.copyOf(whole, whole.length - 3));
        assertThat(cut.entries()).hasSize(3);
        assertThat(XAuthority.parse(new byte[0]).entries()).isEmpty();
    }
}
