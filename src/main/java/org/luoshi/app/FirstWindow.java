package org.luoshi.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.luoshi.storage.WorkspaceFile;

/**
 * Lets a second start on a workspace bring the window that has it open to the front, the way a
 * desktop program answers a second double-click — and hand it the plan document the second start
 * was given ({@code luoshi FILE}, or a file opened from the file manager), for the window to open
 * the import review for it. The window listens on a loopback port and writes the port and a random
 * token to {@code <workspace>.window} beside the workspace; a second start reads the file, sends
 * the token and a second line — {@code open <file URI>} or nothing — and ends once the window has
 * answered. Anything else on the port is ignored, a document that is not an existing file is not
 * handed on, and a stale file (the window crashed) just makes the call fail, after which the second
 * start says the workspace is open elsewhere.
 */
final class FirstWindow implements AutoCloseable {
    static final String SUFFIX = ".window";
    static final int TIMEOUT_MILLIS = 2_000;
    private static final String OK = "ok";

    private static final String OPEN = "open ";

    private final Path file;
    private final ServerSocket server;
    private final String token;
    private final Runnable bringForward;
    private final java.util.function.Consumer<Path> openDocument;

    private FirstWindow(Path file, ServerSocket server, String token, Runnable bringForward,
            java.util.function.Consumer<Path> openDocument) {
        this.file = file;
        this.server = server;
        this.token = token;
        this.bringForward = bringForward;
        this.openDocument = openDocument;
    }

    /**
     * The file beside {@code workspace} that tells a second start where to call: beside the real file,
     * as the lock is, so a start through a symbolic link finds the window too.
     */
    static Path fileOf(Path workspace) {
        Path real = WorkspaceFile.realPath(workspace);
        return real.resolveSibling(real.getFileName() + SUFFIX);
    }

    /**
     * Starts answering calls for {@code workspace} (whose lock this process holds): each call with
     * the right token runs {@code bringForward} on the listening thread.
     */
    static FirstWindow listen(Path workspace, Runnable bringForward) throws IOException {
        return listen(workspace, bringForward, document -> { });
    }

    /**
     * The same, and a call that hands over a plan document (an existing file) runs {@code openDocument}
     * with its absolute path, after {@code bringForward}, on the listening thread.
     */
    static FirstWindow listen(Path workspace, Runnable bringForward, java.util.function.Consumer<Path> openDocument)
            throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            // Not a secret (the most a caller can do is raise a window), only a way to tell our own
            // calls from anything else on the port; ThreadLocalRandom spares the start-up the
            // seeding of a SecureRandom.
            String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path file = fileOf(workspace);
            writeOwnerOnly(file, server.getLocalPort() + " " + token);
            FirstWindow window = new FirstWindow(file, server, token, bringForward, openDocument);
            Thread t = new Thread(window::answer, "luoshi-first-window");
            t.setDaemon(true);
            t.start();
            return window;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** From a second start: asks the window that has {@code workspace} open to come forward. */
    static boolean call(Path workspace) {
        return call(workspace, null);
    }

    /**
     * From a second start: asks the window that has {@code workspace} open to come forward and, if
     * {@code document} is not null, to open the import review for it.
     */
    static boolean call(Path workspace, Path document) {
        try {
            List<String> parts = List.of(Files.readString(fileOf(workspace), StandardCharsets.UTF_8).strip().split(" "));
            if (parts.size() != 2) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))),
                        TIMEOUT_MILLIS);
                s.setSoTimeout(TIMEOUT_MILLIS);
                OutputStream out = s.getOutputStream();
                // A file URI: ASCII, one line whatever characters the path holds.
                String second = document == null ? "" : OPEN + document.toAbsolutePath().normalize().toUri().toASCIIString();
                out.write((parts.get(1) + "\n" + second + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                return OK.equals(reply);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void answer() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                String line = in.readLine();
                if (token.equals(line)) {
                    Path document = document(in.readLine());
                    bringForward.run();
                    if (document != null) {
                        openDocument.accept(document);
                    }
                    s.getOutputStream().write((OK + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException | RuntimeException e) {
                // A caller that hung up or sent nonsense; keep answering the next one.
            }
        }
    }

    /** The existing file named by {@code open <file URI>}, or null (no line, another line, no such file). */
    static Path document(String line) {
        if (line == null || !line.startsWith(OPEN)) {
            return null;
        }
        try {
            Path p = Path.of(java.net.URI.create(line.substring(OPEN.length()).strip()));
            return Files.isRegularFile(p) ? p.toAbsolutePath() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return null;
        }
    }

    /** Stops answering and removes the file (the window is closing). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing a listening socket only fails if it is already gone.
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A file left behind points at a closed port: a later call just fails.
        }
    }

    /** Only the user can read the token (where the file system knows owners). */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
