package org.luoshi.reminders.tray;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Asks an X server, in three requests of the core protocol, whether a system tray is there: the
 * connection set-up (with the display's MIT-MAGIC-COOKIE-1 when the authority file has one),
 * {@code InternAtom("_NET_SYSTEM_TRAY_S<screen>", only-if-exists)} and {@code GetSelectionOwner} of
 * that atom. No owner, or no such atom at all, is {@link TrayPresence#ABSENT} — exactly when AWT's
 * XToolkit says {@code SystemTray.isSupported() == false}. Anything else that goes wrong (no display,
 * refused, an error reply, no answer within the time limit) is {@link TrayPresence#UNKNOWN}, and the
 * caller then asks AWT as before.
 */
public final class XTrayProbe {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final int X_TCP_PORT = 6000;
    private static final int INTERN_ATOM = 16;
    private static final int GET_SELECTION_OWNER = 23;
    private static final int REPLY = 1;
    private static final int MAX_EVENTS_SKIPPED = 64;

    private XTrayProbe() {
    }

    /**
     * The tray of the display in {@code env}'s {@code DISPLAY}, with the cookie from
     * {@code XAUTHORITY} (else {@code $HOME/.Xauthority}) for this machine's host name.
     */
    public static TrayPresence ask(Map<String, String> env) {
        Optional<XDisplayName> display = XDisplayName.parse(env.get("DISPLAY"));
        if (display.isEmpty()) {
            return TrayPresence.UNKNOWN;
        }
        XDisplayName name = display.get();
        Optional<XAuthority.Entry> cookie = authorityFile(env)
                .flatMap(XTrayProbe::read)
                .flatMap(file -> XAuthority.parse(file).cookieFor(name.number(), hostName()));
        SocketAddress address = name.isLocal()
                ? UnixDomainSocketAddress.of("/tmp/.X11-unix/X" + name.number())
                : InetSocketAddress.createUnresolved(name.host(), X_TCP_PORT + name.number());
        return ask(address, cookie, name.screen(), TIMEOUT);
    }

    /** The tray of screen {@code screen} of the server at {@code address}; never throws. */
    static TrayPresence ask(SocketAddress address, Optional<XAuthority.Entry> cookie, int screen, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = open(address); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            Io io = new Io(channel, selector, key, deadline);
            if (!channel.connect(resolved(address))) {
                io.await(SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    io.await(SelectionKey.OP_CONNECT);
                }
            }
            return converse(io, cookie, screen);
        } catch (IOException | RuntimeException e) {
            return TrayPresence.UNKNOWN;
        }
    }

    private static TrayPresence converse(Io io, Optional<XAuthority.Entry> cookie, int screen) throws IOException {
        io.write(setupRequest(cookie));
        ByteBuffer head = io.read(8);
        int status = head.get(0);
        io.read(4 * Short.toUnsignedInt(head.getShort(6)));   // the server's description, or why it refused
        if (status != REPLY) {
            return TrayPresence.UNKNOWN;
        }
        io.write(internAtomRequest("_NET_SYSTEM_TRAY_S" + screen));
        int atom = io.reply().getInt(8);
        if (atom == 0) {
            return TrayPresence.ABSENT;   // no client ever named a tray on this screen
        }
        io.write(getSelectionOwnerRequest(atom));
        int owner = io.reply().getInt(8);
        return owner == 0 ? TrayPresence.ABSENT : TrayPresence.PRESENT;
    }

    /** Connection set-up, least significant byte first, protocol 11.0. */
    static ByteBuffer setupRequest(Optional<XAuthority.Entry> cookie) {
        byte[] name = cookie.map(c -> c.name().getBytes(StandardCharsets.ISO_8859_1)).orElse(new byte[0]);
        byte[] data = cookie.map(XAuthority.Entry::data).orElse(new byte[0]);
        ByteBuffer b = buffer(12 + padded(name.length) + padded(data.length));
        b.put((byte) 'l').put((byte) 0).putShort((short) 11).putShort((short) 0)
                .putShort((short) name.length).putShort((short) data.length).putShort((short) 0);
        b.put(name).position(12 + padded(name.length));
        b.put(data).position(b.limit());
        return b.flip();
    }

    static ByteBuffer internAtomRequest(String atomName) {
        byte[] name = atomName.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = buffer(8 + padded(name.length));
        b.put((byte) INTERN_ATOM).put((byte) 1).putShort((short) (b.capacity() / 4))
                .putShort((short) name.length).putShort((short) 0).put(name).position(b.limit());
        return b.flip();
    }

    static ByteBuffer getSelectionOwnerRequest(int atom) {
        ByteBuffer b = buffer(8);
        b.put((byte) GET_SELECTION_OWNER).put((byte) 0).putShort((short) 2).putInt(atom);
        return b.flip();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static SocketChannel open(SocketAddress address) throws IOException {
        return address instanceof UnixDomainSocketAddress
                ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open();
    }

    private static SocketAddress resolved(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.isUnresolved()
                ? new InetSocketAddress(inet.getHostString(), inet.getPort())
                : address;
    }

    private static Optional<Path> authorityFile(Map<String, String> env) {
        String given = env.get("XAUTHORITY");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".Xauthority"));
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.size(file) > 1 << 20 ? Optional.empty() : Optional.of(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This machine's name as Xlib's gethostname() gives it (no DNS: that could wait). */
    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "" : env;
        }
    }

    /** Reads and writes on a non-blocking channel, each wait bounded by one deadline. */
    private record Io(SocketChannel channel, Selector selector, SelectionKey key, long deadline) {

        void write(ByteBuffer b) throws IOException {
            while (b.hasRemaining()) {
                if (channel.write(b) == 0) {
                    await(SelectionKey.OP_WRITE);
                }
            }
        }

        ByteBuffer read(int size) throws IOException {
            ByteBuffer b = buffer(size);
            while (b.hasRemaining()) {
                int n = channel.read(b);
                if (n < 0) {
                    throw new EOFException("the X server closed the connection");
                }
                if (n == 0) {
                    await(SelectionKey.OP_READ);
                }
            }
            return b.flip();
        }

        /** The next reply (32 bytes: the two asked here have no more); events are skipped, an error is not understood. */
        ByteBuffer reply() throws IOException {
            for (int i = 0; i < MAX_EVENTS_SKIPPED; i++) {
                ByteBuffer b = read(32);
                if (b.get(0) == REPLY) {
                    return b;
                }
                if (b.get(0) == 0) {
                    throw new IOException("X error " + Byte.toUnsignedInt(b.get(1)));
                }
            }
            throw new IOException("no reply among the X server's events");
        }

        void await(int op) throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("no answer from the X server in time");
            }
            key.interestOps(op);
            selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
            selector.selectedKeys().clear();
        }
    }
}
