package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start reaching the window that has the workspace open. */
class FirstWindowTest {
    @TempDir
    Path dir;

    @Test
    void aCallWithTheTokenBringsTheWindowForward() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        AtomicInteger broughtForward = new AtomicInteger();
        try (FirstWindow window = FirstWindow.listen(workspace, broughtForward::incrementAndGet)) {
            assertThat(FirstWindow.fileOf(workspace)).isEqualTo(dir.resolve("workspace.db.window")).exists();
            assertThat(FirstWindow.call(workspace)).isTrue();
            assertThat(FirstWindow.call(dir.resolve("sub/../workspace.db"))).isTrue();
            assertThat(broughtForward).hasValue(2); // answered before the caller returns
        }
        assertThat(FirstWindow.fileOf(workspace)).as("removed on close").doesNotExist();
        assertThat(FirstWindow.call(workspace)).isFalse();
    }

    @Test
    void aCallWithADocumentHandsItsPathToTheWindowAfterBringingItForward() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Path document = Files.writeString(dir.resolve("晋政办发〔2023〕1号 方案%20#1.docx"), "x");
        java.util.List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FirstWindow window = FirstWindow.listen(workspace, () -> calls.add("forward"),
                p -> calls.add("open " + p))) {
            assertThat(FirstWindow.call(workspace, document)).isTrue();
            assertThat(calls).containsExactly("forward", "open " + document.toAbsolutePath());
            // a relative path is handed over as the absolute one it names
            calls.clear();
            Path relative = Path.of("").toAbsolutePath().relativize(document.toAbsolutePath());
            assertThat(FirstWindow.call(workspace, relative)).isTrue();
            assertThat(calls).containsExactly("forward", "open " + document.toAbsolutePath());
            // no document, or one that is not there by the time the window reads the call: forward only
            calls.clear();
            assertThat(FirstWindow.call(workspace)).isTrue();
            assertThat(FirstWindow.call(workspace, dir.resolve("已删除.docx"))).isTrue();
            assertThat(calls).containsExactly("forward", "forward");
        }
    }

    @Test
    void onlyAnOpenLineNamingAnExistingFileIsADocument() throws Exception {
        Path document = Files.writeString(dir.resolve("方案.txt"), "x");
        assertThat(FirstWindow.document("open " + document.toUri())).isEqualTo(document.toAbsolutePath());
        assertThat(FirstWindow.document(null)).isNull();
        assertThat(FirstWindow.document("")).isNull();
        assertThat(FirstWindow.document("open " + dir.toUri())).as("a folder").isNull();
        assertThat(FirstWindow.document("open http://evil.example/x.docx")).isNull();
        assertThat(FirstWindow.document("open ::not a uri")).isNull();
        assertThat(FirstWindow.document("delete " + document.toUri())).isNull();
    }

    @Test
    void anythingButTheTokenIsIgnoredAndTheWindowKeepsAnswering() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        AtomicInteger broughtForward = new AtomicInteger();
        try (FirstWindow window = FirstWindow.listen(workspace, broughtForward::incrementAndGet)) {
            int port = Integer.parseInt(Files.readString(FirstWindow.fileOf(workspace)).split(" ")[0]);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = s.getOutputStream();
                out.write("GET / HTTP/1.0\n\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(s.getInputStream().read()).as("no answer, connection closed").isEqualTo(-1);
            }
            assertThat(broughtForward).hasValue(0);
            assertThat(FirstWindow.call(workspace)).isTrue();
            assertThat(broughtForward).hasValue(1);
        }
    }

    @Test
    void noWindowOrAStaleFileMeansNoAnswer() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        assertThat(FirstWindow.call(workspace)).as("no file").isFalse();
        // A window that crashed left its file; nothing listens on that port any more.
        int port;
        try (var closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        Files.writeString(FirstWindow.fileOf(workspace), port + " 0123456789abcdef");
        assertThat(FirstWindow.call(workspace)).isFalse();
        Files.writeString(FirstWindow.fileOf(workspace), "garbage");
        assertThat(FirstWindow.call(workspace)).isFalse();
    }

    @Test
    void theTokenFileIsForTheUserOnly() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (FirstWindow window = FirstWindow.listen(workspace, () -> { })) {
            Path file = FirstWindow.fileOf(workspace);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
            }
            assertThat(Files.readString(file)).matches("\\d+ [0-9a-f]{32}");
        }
    }
}
