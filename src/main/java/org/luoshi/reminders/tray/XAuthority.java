package org.luoshi.reminders.tray;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The entries of an X authority file ({@code $XAUTHORITY}, else {@code ~/.Xauthority}): each is a
 * family, an address, a display number, a protocol name and its data, every field a big-endian
 * 16-bit length and its bytes (libXau's format). {@link #cookieFor} picks the MIT-MAGIC-COOKIE-1 an
 * X client would send.
 */
public final class XAuthority {
    static final int FAMILY_LOCAL = 256;
    static final int FAMILY_WILD = 65535;
    static final String MAGIC_COOKIE = "MIT-MAGIC-COOKIE-1";

    /** One entry of the file. */
    public record Entry(int family, byte[] address, String number, String name, byte[] data) {
    }

    private final List<Entry> entries;

    private XAuthority(List<Entry> entries) {
        this.entries = entries;
    }

    /** Reads the file's bytes; a truncated last entry is dropped (the ones before it are kept). */
    public static XAuthority parse(byte[] file) {
        List<Entry> entries = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file))) {
            while (in.available() > 0) {
                int family = in.readUnsignedShort();
                byte[] address = field(in);
                String number = new String(field(in), StandardCharsets.ISO_8859_1);
                String name = new String(field(in), StandardCharsets.ISO_8859_1);
                byte[] data = field(in);
                entries.add(new Entry(family, address, number, name, data));
            }
        } catch (IOException e) {
            // EOFException: a cut entry at the end; the complete ones are kept.
        }
        return new XAuthority(List.copyOf(entries));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The cookie for display {@code number} of this machine ({@code hostName}): an entry of this
     * machine (family local, its address the host name) first, then a wildcard one. Empty when
     * there is none (the connection is then tried without authorisation, which a server started
     * without {@code -auth} accepts).
     */
    public Optional<Entry> cookieFor(int number, String hostName) {
        String wanted = Integer.toString(number);
        return entries.stream()
                .filter(e -> e.name().equals(MAGIC_COOKIE) && e.number().equals(wanted))
                .filter(e -> e.family() == FAMILY_WILD || e.family() == FAMILY_LOCAL
                        && new String(e.address(), StandardCharsets.ISO_8859_1).equals(hostName))
                .min(Comparator.comparingInt(e -> e.family() == FAMILY_LOCAL ? 0 : 1));
    }

    private static byte[] field(DataInputStream in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        if (bytes.length != length) {
            throw new EOFException();
        }
        return bytes;
    }
}
