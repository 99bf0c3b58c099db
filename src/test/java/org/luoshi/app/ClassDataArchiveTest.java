package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive a packaged app makes on a first start where its installer could not. */
class ClassDataArchiveTest {
    @TempDir
    Path appDir;

    private Path jar;

    @BeforeEach
    void packagedAppFolder() throws Exception {
        Files.writeString(appDir.resolve(ClassDataArchive.LAUNCHER_CONFIG), "[Application]\n");
        Files.write(appDir.resolve(ClassDataArchive.CLASS_LIST),
                List.of("java/lang/Object", "java/lang/String", "java/util/ArrayList"));
        jar = appDir.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
    }

    @Test
    void neededOnlyWithAClassListAndNoArchiveYet() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(appDir);
        assertThat(archive.needed()).isTrue();
        Files.writeString(appDir.resolve(ClassDataArchive.ARCHIVE), "x");
        assertThat(archive.needed()).isFalse();
        Files.delete(appDir.resolve(ClassDataArchive.ARCHIVE));
        Files.delete(appDir.resolve(ClassDataArchive.CLASS_LIST));
        assertThat(archive.needed()).isFalse();
    }

    @Test
    void testsRunOutsideAPackagedApp() {
        // target/classes has no Luoshi.cfg beside it: nothing is ever scheduled here.
        assertThat(ClassDataArchive.packagedAppDir()).isEmpty();
    }

    @Test
    void dumpsTheListedClassesIntoAnArchiveTheJvmThenMaps() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(appDir);
        assertThat(archive.make(jar.toString())).isTrue();
        Path jsa = appDir.resolve(ClassDataArchive.ARCHIVE);
        assertThat(jsa).isNotEmptyFile();
        try (var files = Files.list(appDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(archive.needed()).isFalse();

        // -Xshare:on refuses to start with an archive it cannot use.
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=" + jsa, "-cp", jar.toString(), "-version")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    @Test
    void aFailedDumpLeavesNoFileBehind() throws Exception {
        // The JVM cannot dump without its class list (say the folder was cleaned up meanwhile).
        ClassDataArchive archive = new ClassDataArchive(appDir);
        Files.delete(appDir.resolve(ClassDataArchive.CLASS_LIST));
        assertThat(archive.make(jar.toString())).isFalse();
        try (var files = Files.list(appDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(ClassDataArchive.ARCHIVE));
        }
    }
}
