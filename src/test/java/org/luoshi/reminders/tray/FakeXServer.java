package org.luoshi.reminders.tray;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * An X server on a Unix socket that answers one client from a script, built from the core
 * protocol's description (X Window System Protocol, X Version 11: "Connection Setup", InternAtom,
 * GetSelectionOwner), and keeps the requests it read for the test to look at.
 */
final class FakeXServer implements AutoCloseable {
    /** What the server does with one connection. */
    interface Script {
        void run(FakeXServer server, SocketChannel client) throws IOException;
    }

    final UnixDomainSocketAddress address;
    final List<ByteBuffer> requests = new CopyOnWriteArrayList<>();
    private final ServerSocketChannel socket;
    private final Thread thread;
    private final CountDownLatch release = new CountDownLatch(1);

    FakeXServer(Path dir, Script script) throws IOException {
        address = UnixDomainSocketAddress.of(dir.resolve("X0"));
        socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        socket.bind(address);
        thread = new Thread(() -> {
            try (SocketChannel client = socket.accept()) {
                script.run(this, client);
                release.await();
            } catch (IOException | InterruptedException e) {
                // the client went away: the test looks at what was read
            }
        }, "fake X server");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads the set-up request (12 bytes and the padded name and data) and keeps it. */
    ByteBuffer readSetup(SocketChannel client) throws IOException {
        ByteBuffer head = read(client, 12);
        int name = Short.toUnsignedInt(head.getShort(6));
        int data = Short.toUnsignedInt(head.getShort(8));
        ByteBuffer rest = read(client, pad(name) + pad(data));
        ByteBuffer all = le(12 + rest.capacity()).put(head).put(rest).flip();
        requests.add(all);
        return all;
    }

    /** Reads one request (its length is in 4-byte units at byte 2) and keeps it. */
    ByteBuffer readRequest(SocketChannel client) throws IOException {
        ByteBuffer head = read(client, 4);
        int units = Short.toUnsignedInt(head.getShort(2));
        ByteBuffer rest = read(client, 4 * units - 4);
        ByteBuffer all = le(4 * units).put(head).put(rest).flip();
        requests.add(all);
        return all;
    }

    /** Set-up accepted: status 1, protocol 11.0, and {@code words} 4-byte words of description. */
    static ByteBuffer setupAccepted(int words) {
        ByteBuffer b = le(8 + 4 * words);
        b.put((byte) 1).put((byte) 0).putShort((short) 11).putShort((short) 0).putShort((short) words);
        return b.position(b.capacity()).flip();
    }

    /** Set-up refused: status 0, the reason's length, protocol 11.0, the padded reason. */
    static ByteBuffer setupRefused(String reason) {
        byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteBuffer b = le(8 + pad(text.length));
        b.put((byte) 0).put((byte) text.length).putShort((short) 11).putShort((short) 0)
                .putShort((short) (pad(text.length) / 4)).put(text);
        return b.position(b.capacity()).flip();
    }

    /** A 32-byte reply with {@code value} (an atom, a window) at byte 8. */
    static ByteBuffer reply(int sequence, int value) {
        ByteBuffer b = le(32);
        b.put((byte) 1).put((byte) 0).putShort((short) sequence).putInt(0).putInt(value);
        return b.position(32).flip();
    }

    /** A 32-byte error (code 0 first), e.g. 11 BadAlloc. */
    static ByteBuffer error(int code, int sequence) {
        ByteBuffer b = le(32);
        b.put((byte) 0).put((byte) code).putShort((short) sequence);
        return b.position(32).flip();
    }

    /** A 32-byte event, e.g. 12 Expose. */
    static ByteBuffer event(int type) {
        ByteBuffer b = le(32);
        b.put((byte) type);
        return b.position(32).flip();
    }

    static void send(SocketChannel client, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            client.write(b);
        }
    }

    static int pad(int n) {
        return (n + 3) & ~3;
    }

    private static ByteBuffer read(SocketChannel client, int size) throws IOException {
        ByteBuffer b = le(size);
        while (b.hasRemaining()) {
            if (client.read(b) < 0) {
                throw new IOException("client closed");
            }
        }
        return b.flip();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        socket.close();
        thread.join(5_000);
    }
}
