package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.testing.SmallDisk;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("省财政厅.pdf"), "old");
        AtomicFiles.write(target, temp -> Files.writeString(temp, "new"));
        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
        AtomicFiles.stream(target, out -> out.write("newer".getBytes()));
        assertThat(target).hasContent("newer");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("省财政厅.pdf"), "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> {
            Files.writeString(temp, "half a PDF");
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> AtomicFiles.stream(target, out -> {
            out.write("half a workbook".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aMissingFolderIsAFailureAndMakesNothing() {
        Path target = dir.resolve("a/b/表.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> Files.writeString(temp, "x")))
                .isInstanceOf(NoSuchFileException.class)
                // the file the person asked for, never the hidden .part file beside it
                .satisfies(e -> assertThat(((NoSuchFileException) e).getFile()).isEqualTo(target.toString()));
        assertThat(dir.resolve("a")).doesNotExist();
    }

    /** Apache POI logs the write's IOException and throws "Failed to save": the IOException is what comes out. */
    @Test
    void theFailureALibrarySwallowedIsTheOneThrown() throws IOException {
        Path target = dir.resolve("表.xlsx");
        assertThatThrownBy(() -> AtomicFiles.stream(target, out -> {
            out.close(); // the next write fails as a full disk would, inside the "library"
            try {
                out.write(new byte[10]);
            } catch (IOException e) {
                // logged and swallowed, as POI's ZipContentTypeManager does
            }
            throw new IllegalStateException("Failed to save: content types part");
        })).isInstanceOf(IOException.class).hasSuppressedException(
                new IllegalStateException("Failed to save: content types part"));
        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
        // a runtime failure with an I/O cause is that cause; one without is itself
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> {
            throw new IllegalStateException("wrapped", new IOException("No space left on device"));
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThatThrownBy(() -> AtomicFiles.write(target, temp -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(files()).isEmpty();
    }

    /** Exports were 0600 (the temporary file's own mode): now the user's umask decides, as for any program. */
    @Test
    void aNewFileGetsThePermissionsTheUmaskGives() throws IOException {
        assumeTrue(posix());
        Integer umask = currentUmask();
        assumeTrue(umask != null, "no /proc/self/status to read the umask from");
        Path written = dir.resolve("省财政厅.xlsx");
        AtomicFiles.stream(written, out -> out.write(1));
        Path drawn = dir.resolve("省财政厅.pdf");
        AtomicFiles.write(drawn, temp -> Files.writeString(temp, "pdf"));
        Set<PosixFilePermission> expected = mode(0666 & ~umask);
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(drawn)).isEqualTo(expected);
    }

    /** The same in a child JVM started under umask 022 and under 027: 0644 and 0640. */
    @Test
    void underUmask022AFileIs0644AndUnder027It0640() throws Exception {
        assumeTrue(posix() && Files.isExecutable(Path.of("/bin/sh")));
        for (String[] umask : List.of(new String[] {"022", "rw-r--r--"}, new String[] {"027", "rw-r-----"})) {
            Path target = dir.resolve("umask-" + umask[0] + ".ics");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder("/bin/sh", "-c", "umask " + umask[0] + " && exec \"$0\" \"$@\"", java,
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    UmaskProbeMain.class.getName(), target.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(umask[1]);
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(posix());
        Path target = Files.writeString(dir.resolve("私.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.stream(target, out -> out.write("new".getBytes()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(target, temp -> Files.writeString(temp, "newer"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    }

    /** A real full disk (a 64 KB tmpfs, where the system lets the test mount one). */
    @Test
    void onAFullDiskTheReasonIsThrownAndNothingIsLeft() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 64)) {
            Path target = disk.folder().resolve("大.xlsx");
            assertThatThrownBy(() -> AtomicFiles.stream(target, out -> {
                byte[] block = new byte[8192];
                for (int i = 0; i < 100; i++) {
                    out.write(block);
                }
            })).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
            try (Stream<Path> s = Files.list(disk.folder())) {
                assertThat(s.toList()).isEmpty();
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The umask of this process, from /proc/self/status (Linux 4.7 and later), or null. */
    static Integer currentUmask() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return null;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("Umask:")) {
                return Integer.parseInt(line.substring(6).strip(), 8);
            }
        }
        return null;
    }

    static Set<PosixFilePermission> mode(int mode) {
        StringBuilder b = new StringBuilder();
        String rwx = "rwx";
        for (int bit = 8; bit >= 0; bit--) {
            b.append((mode & (1 << bit)) != 0 ? rwx.charAt(2 - bit % 3) : '-');
        }
        return PosixFilePermissions.fromString(b.toString());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** Writes the file named by its argument through {@link AtomicFiles}, in a JVM of its own. */
    public static final class UmaskProbeMain {
        public static void main(String[] args) throws IOException {
            AtomicFiles.stream(Path.of(args[0]), (OutputStream out) -> out.write("BEGIN:VCALENDAR".getBytes()));
        }
    }
}
