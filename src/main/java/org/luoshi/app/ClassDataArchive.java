package org.luoshi.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app's class-data archive ({@code luoshi.jsa}), made on a first start where the
 * installer could not make it. JDK 17 ties an archive to the absolute paths of the jars, so it can
 * only be made where the app is installed: the .deb's postinst does that, the Windows and macOS
 * installers cannot. There, a while after the first start, the app dumps the classes its build
 * listed ({@code luoshi.classlist}) with the class path it runs with, into a temporary file that is
 * moved into place whole; the next start maps it. Nothing happens outside a packaged app, when the
 * archive is there, or when the app folder is not writable.
 */
final class ClassDataArchive {
    static final String ARCHIVE = "luoshi.jsa";
    static final String CLASS_LIST = "luoshi.classlist";
    /** The launcher's configuration, which only a jpackage app folder has. */
    static final String LAUNCHER_CONFIG = "Luoshi.cfg";
    /** Long enough after start that the dump does not slow the window the user is waiting for. */
    static final long DELAY_SECONDS = 20;

    private final Path appDir;
    private final Path tmp;
    private volatile Process dump;

    ClassDataArchive(Path appDir) {
        this.appDir = appDir;
        this.tmp = appDir.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** From the window's start: schedules the archive if this packaged app lacks one. */
    static void makeLaterIfMissing() {
        packagedAppDir().map(ClassDataArchive::new).filter(ClassDataArchive::needed).ifPresent(archive -> {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(DELAY_SECONDS));
                    archive.make(System.getProperty("java.class.path"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "luoshi-cds-archive");
            t.setDaemon(true);
            Runtime.getRuntime().addShutdownHook(new Thread(archive::abandon, "luoshi-cds-archive-stop"));
            t.start();
        });
    }

    /** The folder of luoshi.jar when it is a jpackage app folder ($APPDIR). */
    static Optional<Path> packagedAppDir() {
        try {
            Path jar = Path.of(ClassDataArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            return dir != null && Files.isRegularFile(dir.resolve(LAUNCHER_CONFIG)) ? Optional.of(dir) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean needed() {
        return Files.isRegularFile(appDir.resolve(CLASS_LIST)) && !Files.exists(appDir.resolve(ARCHIVE))
                && Files.isWritable(appDir);
    }

    /**
     * Dumps the archive for {@code classPath} (the class path the app runs with) and moves it into
     * place; true when it is there. A failure leaves no file behind.
     */
    boolean make(String classPath) throws InterruptedException {
        try {
            dump = new ProcessBuilder(command(classPath, tmp)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ok = dump.waitFor(5, TimeUnit.MINUTES) && dump.exitValue() == 0 && Files.size(tmp) > 0;
            if (ok) {
                Files.move(tmp, appDir.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
            }
            return ok;
        } catch (IOException e) {
            return false;
        } finally {
            abandon();
        }
    }

    /** The JVM of this runtime, dumping the listed classes as this launcher's JVM options need them. */
    List<String> command(String classPath, Path archive) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump", "-XX:+UseSerialGC",
                "-XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST),
                "-XX:SharedArchiveFile=" + archive,
                "-cp", classPath);
    }

    /** Stops a dump still running (the app is closing) and removes its temporary file. */
    void abandon() {
        Process p = dump;
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteQuietly(tmp);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover .tmp is only a file; the archive itself is never half written.
        }
    }
}
