import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the packaged Luoshi from target/luoshi.jar and target/lib (made by
 * {@code ./mvnw -DskipTests package}): a jlinked runtime, a jpackage app image with an AppCDS
 * archive made in a training run, and this system's installer (.deb, .msi or .dmg). Run from the
 * project folder with JDK 17:
 *
 * <pre>
 * java installer/Package.java                 # app image + this system's installer
 * java installer/Package.java --image-only    # app image only (CI's smoke check)
 * java installer/Package.java --type rpm      # another installer type jpackage knows
 * java installer/Package.java --no-cds        # without the class-data archive
 * </pre>
 *
 * Output in target/installer/: runtime/ (the jlinked Java), image/ (the app image: Luoshi/ on
 * Linux and Windows, Luoshi.app on macOS) and the installer file. See installer/README.md.
 */
public class Package {
    static final String NAME = "Luoshi";
    static final String MAIN_CLASS = "org.luoshi.app.Launcher";
    static final String DESCRIPTION = "落实 Luoshi: offline planner for task-division plans (任务分工方案)";
    static final String VENDOR = "Luoshi";
    /** Stays the same across versions so a new .msi replaces the old one. */
    static final String WINDOWS_UPGRADE_UUID = "6f1c6d1e-3b53-4a43-9d55-2f8e1e0b7a31";
    /** Needed at run time but invisible to jdeps: Chinese locale data, GBK/GB18030 text, Unsafe. */
    static final List<String> RUNTIME_MODULES = List.of("jdk.localedata", "jdk.charsets", "jdk.unsupported");
    /**
     * JVM options of the launcher (the CDS option is added after the training run). For a quick
     * start on two cores (docs/PERFORMANCE.md): the C1 compiler only (C2 would spend a core
     * compiling during start-up, and the app's work is small), the serial collector, no perf-data
     * file. The young generation is small (8 MB): the collections it costs while a 10,000-task
     * workspace opens (a few ms each, CPU to the first frame unchanged, issue 20) are cheaper than the
     * memory a big one keeps — every page of a 256 MB young generation that start-up once filled
     * stayed resident (290 MB at rest with the sample plan, 180 MB with 16 MB, ~165 MB with 8 MB).
     */
    static final List<String> JAVA_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmn8m", "-XX:-UsePerfData",
            // Idle means idle (issue 20, docs/PERFORMANCE.md part F): the VM thread would wake every
            // second for a "guaranteed" cleanup safepoint, the monitor deflation thread every 250 ms
            // to look whether idle monitors should be deflated. With both 0, safepoints come only when
            // the app works (collections), and idle monitors (a few KB here) are deflated once a minute
            // (GuaranteedAsyncDeflationInterval, left at its 60 s). Diagnostic flags in JDK 17.
            "-XX:+UnlockDiagnosticVMOptions", "-XX:GuaranteedSafepointInterval=0",
            "-XX:AsyncDeflationInterval=0",
            // The pulse timer that rests on Linux (org.luoshi.app.pulse.GtkPulseTimer, issue 20): JavaFX's
            // GTK timer wakes the process 60 times a second for ever; these let the app replace it.
            "--add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-opens=javafx.graphics/com.sun.javafx.tk.quantum=ALL-UNNAMED");
    /**
     * Linux only: glibc keeps what the start freed (GTK's and fontconfig's work, the JVM's own) in its
     * malloc arenas, resident, for good; the JVM hands it back every 10 s (a malloc_trim of a few
     * ms, nothing when there is nothing to give). About 7 MB at rest with the sample plan (issue 20,
     * docs/PERFORMANCE.md). Elsewhere the JVM has no such trim and would warn at every start.
     */
    static final List<String> LINUX_JAVA_OPTIONS = List.of("-XX:TrimNativeHeapInterval=10000");
    static final String ARCHIVE = "luoshi.jsa";
    static final String CLASS_LIST = "luoshi.classlist";
    static final String SQLITE_NATIVE = "native";

    final Path project = Path.of("").toAbsolutePath();
    final Path target = project.resolve("target");
    final Path out = target.resolve("installer");
    final Path input = out.resolve("input");
    final Path runtime = out.resolve("runtime");
    final Path images = out.resolve("image");
    final Os os = Os.current();

    List<String> sqliteOptions = List.of();
    boolean imageOnly;
    boolean verbose;
    boolean cds = true;
    String type;
    private Process xvfb;

    public static void main(String[] args) throws Exception {
        Package p = new Package();
        int code = 0;
        try {
            p.options(args);
            p.build();
        } catch (BuildFailure e) {
            System.err.println("Packaging failed: " + e.getMessage());
            code = 1;
        } finally {
            p.stopXvfb();
        }
        System.exit(code);
    }

    void options(String[] args) {
        type = os.installerType;
        for (int i = 0; i < args.length; i++) {
            if (args[i].isBlank()) {
                continue; // an empty -Dinstaller.args from Maven
            }
            switch (args[i]) {
                case "--image-only" -> imageOnly = true;
                case "--no-cds" -> cds = false;
                case "--verbose" -> verbose = true;
                case "--type" -> type = args[++i];
                default -> throw new BuildFailure("unknown option " + args[i]
                        + " (known: --image-only, --no-cds, --type TYPE, --verbose)");
            }
        }
    }

    void build() throws Exception {
        Path jar = target.resolve("luoshi.jar");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(target.resolve("lib"))) {
            throw new BuildFailure("no target/luoshi.jar: run ./mvnw -DskipTests package first");
        }
        if (Runtime.version().feature() != 17) {
            System.out.println("warning: packaging with Java " + Runtime.version()
                    + "; Luoshi's runtime is meant to be JDK 17's");
        }
        String version = appVersion(jar);
        if (os == Os.MAC && version.startsWith("0")) {
            // jpackage refuses a macOS bundle version whose first number is 0 (CFBundleVersion).
            System.out.println("note: the macOS bundle says version 1 until Luoshi reaches 1.0 "
                    + "(was " + version + "; the About dialog shows the real one)");
            version = "1";
        }
        deleteTree(out);
        Files.createDirectories(input.resolve("lib"));

        List<Path> javafx = javafxJars();
        List<Path> libs = libraryJars();
        stage(jar, libs);
        String modules = modules(javafx, libs);
        step("jlink: " + modules);
        tool("jlink", "--module-path", pathList(javafx), "--add-modules", modules,
                "--strip-debug", "--no-man-pages", "--no-header-files", "--include-locales=en,zh",
                "--compress=2", "--generate-cds-archive", "--output", runtime.toString());
        nativeLibraries(javafx, libs);

        step("jpackage app image " + version);
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--dest", images.toString(),
                "--name", NAME, "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Apache License 2.0",
                "--input", input.toString(), "--main-jar", "luoshi.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon().toString()));
        List<String> javaOptions = new ArrayList<>(JAVA_OPTIONS);
        if (os == Os.LINUX) {
            javaOptions.addAll(LINUX_JAVA_OPTIONS);
        }
        javaOptions.addAll(sqliteOptions);
        for (String option : javaOptions) {
            image.add("--java-options");
            image.add(option);
        }
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(os.imageName());
        if (os == Os.LINUX) {
            shellLauncher(appImage);
        }

        if (cds) {
            trainClassDataSharing(appImage);
        }
        smokeTest(appImage, "check");
        step("app image ready: " + appImage + " (" + sizeMb(appImage) + " MB)");

        if (!imageOnly) {
            installer(appImage, version);
        }
    }

    /**
     * Native libraries where they load straight away. JavaFX's come inside its platform jars and
     * would be copied to ~/.openjfx/cache on start; in the runtime's own library folder (where a
     * JDK built with JavaFX jmods has them) they are found first. SQLite's would be copied to the
     * temporary folder on every start (and fail where that folder forbids running code);
     * {@link #SQLITE_NATIVE} in the app folder is loaded directly through org.sqlite.lib.path.
     */
    void nativeLibraries(List<Path> javafx, List<Path> libs) throws IOException {
        Path libDir = runtime.resolve(os == Os.WINDOWS ? "bin" : "lib");
        for (Path jar : javafx) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                for (JarEntry e : java.util.Collections.list(jf.entries())) {
                    if (!e.getName().contains("/") && e.getName().matches(".*\\.(so|dll|dylib)")) {
                        try (InputStream in = jf.getInputStream(e)) {
                            Files.copy(in, libDir.resolve(e.getName()));
                        }
                    }
                }
            }
        }
        String sqlite = "org/sqlite/native/" + os.sqliteFolder() + "/" + System.mapLibraryName("sqlitejdbc");
        for (Path jar : libs) {
            try (JarFile jf = new JarFile(jar.toFile())) {
                JarEntry e = jf.getJarEntry(sqlite);
                if (e != null) {
                    Files.createDirectories(input.resolve(SQLITE_NATIVE));
                    try (InputStream in = jf.getInputStream(e)) {
                        Files.copy(in, input.resolve(SQLITE_NATIVE).resolve(System.mapLibraryName("sqlitejdbc")));
                    }
                    sqliteOptions = List.of("-Dorg.sqlite.lib.path=$APPDIR/" + SQLITE_NATIVE,
                            "-Dorg.sqlite.lib.name=" + System.mapLibraryName("sqlitejdbc"));
                }
            }
        }
    }

    /** jpackage wants 1–3 numbers: 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String appVersion(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            String v = jf.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            Matcher m = Pattern.compile("^(\\d+(\\.\\d+){0,2})").matcher(v == null ? "" : v);
            if (!m.find()) {
                throw new BuildFailure("luoshi.jar has no usable Implementation-Version: " + v);
            }
            return m.group(1);
        }
    }

    /**
     * JavaFX's jars for this platform (javafx-graphics-21.0.11-linux.jar …). Maven also copies the
     * empty javafx-graphics-21.0.11.jar without the platform suffix: it holds no classes and must
     * stay off the module path.
     */
    List<Path> javafxJars() throws IOException {
        try (Stream<Path> s = Files.list(target.resolve("lib"))) {
            List<Path> jars = s.filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"))
                    .sorted().toList();
            if (jars.isEmpty()) {
                throw new BuildFailure("no platform JavaFX jars (javafx-*-<platform>.jar) in target/lib");
            }
            return jars;
        }
    }

    List<Path> libraryJars() throws IOException {
        try (Stream<Path> s = Files.list(target.resolve("lib"))) {
            return s.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("javafx-")).sorted().toList();
        }
    }

    /**
     * The app's jars as jpackage takes them: the libraries in lib/ and luoshi.jar without a
     * manifest Class-Path. The launcher names every jar itself, and JavaFX lives in the runtime
     * image now; a Class-Path would list the jars twice in the class path the CDS archive records.
     */
    void stage(Path jar, List<Path> libs) throws IOException {
        for (Path lib : libs) {
            Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
        }
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
            try (JarOutputStream copy = new JarOutputStream(Files.newOutputStream(input.resolve("luoshi.jar")), manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    copy.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
            }
        }
    }

    /** The JDK and JavaFX modules the app uses (jdeps), and the ones only used at run time. */
    String modules(List<Path> javafx, List<Path> libs) {
        step("jdeps");
        String found = tool("jdeps", "--multi-release", "17", "--ignore-missing-deps", "-q", "--print-module-deps",
                "--module-path", pathList(javafx), "--class-path", pathList(libs),
                input.resolve("luoshi.jar").toString()).strip();
        String last = found.lines().reduce((a, b) -> b).orElse("");
        if (!last.matches("[a-z0-9.,]+")) {
            throw new BuildFailure("jdeps did not list modules: " + found);
        }
        Set<String> modules = new LinkedHashSet<>(Arrays.asList(last.split(",")));
        modules.addAll(RUNTIME_MODULES);
        return String.join(",", modules);
    }

    /**
     * Application class-data sharing. A training run (the smoke test on a new workspace, which
     * also imports the sample plan) lists the classes the app loads; a static dump then stores them,
     * parsed and verified, JDK and app classes alike, in luoshi.jsa, which the launcher maps on
     * every start. JDK 17 checks the jars' absolute paths against the archive, so an archive is
     * only good where it was made: the app image gets one here, and installers ship the class
     * list for the archive to be made where the app is installed (the .deb's postinst does it).
     */
    void trainClassDataSharing(Path appImage) throws Exception {
        step("AppCDS: training run, then the archive");
        Path appDir = os.appDir(appImage);
        Path cfg = appDir.resolve(NAME + ".cfg");
        String original = Files.readString(cfg);
        // The run stays 5 s after the first frame (the index, the reminders, the tray): their classes
        // are in the archive too, not only the first screen's (issue 20: ~300 classes more).
        Files.writeString(cfg, withJavaOption(withJavaOption(original, "-XX:DumpLoadedClassList=$APPDIR/" + CLASS_LIST),
                "-Dluoshi.smokeTest.settleSeconds=5"));
        smokeTest(appImage, "training");
        if (!Files.isRegularFile(appDir.resolve(CLASS_LIST))) {
            throw new BuildFailure("the training run wrote no " + CLASS_LIST);
        }
        Files.writeString(cfg, withJavaOption(original, "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE));
        dumpArchive(appImage);
        System.out.println("  " + ARCHIVE + ": " + Files.size(appDir.resolve(ARCHIVE)) / (1024 * 1024) + " MB, "
                + Files.readAllLines(appDir.resolve(CLASS_LIST)).size() + " classes listed");
    }

    /**
     * Makes the archive for the image where it is: the launcher itself runs the dump (so the class
     * path is exactly the one it starts the app with), told by JAVA_TOOL_OPTIONS, and the archive
     * goes where its configuration's -XX:SharedArchiveFile points.
     */
    void dumpArchive(Path appImage) throws Exception {
        Path appDir = os.appDir(appImage);
        Files.deleteIfExists(appDir.resolve(ARCHIVE));
        ProcessBuilder pb = new ProcessBuilder(os.launcher(appImage).toString()).redirectErrorStream(true);
        // Quoted: the folder may have spaces in its name (C:\\Users\\First Last\\…).
        pb.environment().put("JAVA_TOOL_OPTIONS",
                "-Xshare:dump \"-XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST) + "\"");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(appDir.resolve(ARCHIVE))) {
            throw new BuildFailure("the class-data dump failed:\n" + text);
        }
    }

    /**
     * On Linux, bin/Luoshi becomes installer/linux/launcher.sh: it starts the image's Java from the
     * same Luoshi.cfg as jpackage's native launcher, without that launcher's `rpm -qf` and `dpkg -S`
     * on every start, and with GDK_GL=disable, MALLOC_ARENA_MAX=2 and _AWT_MAX_POLL_TIMEOUT=30000
     * unless already set (issue 20: 50 MB less resident from a shell; AWT's X thread, where a tray
     * needs it, no longer wakes twice a second; see docs/PERFORMANCE.md).
     */
    void shellLauncher(Path appImage) throws IOException {
        Path launcher = os.launcher(appImage);
        Files.copy(project.resolve("installer/linux/launcher.sh"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The launcher configuration with one more line in its [JavaOptions] section. */
    static String withJavaOption(String cfg, String option) {
        String marker = "[JavaOptions]";
        int at = cfg.indexOf(marker);
        if (at < 0) {
            return cfg + "\n" + marker + "\njava-options=" + option + "\n";
        }
        int lineEnd = cfg.indexOf('\n', at) + 1;
        return cfg.substring(0, lineEnd) + "java-options=" + option + "\n" + cfg.substring(lineEnd);
    }

    /** Runs the packaged launcher with --smoke-test on a new workspace; fails the build if it fails. */
    void smokeTest(Path appImage, String what) throws Exception {
        Path workspace = Files.createTempDirectory("luoshi-" + what).resolve("workspace.db");
        List<String> cmd = List.of(os.launcher(appImage).toString(), "--smoke-test", "--workspace", workspace.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        display(pb);
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new BuildFailure("the " + what + " run did not end: " + String.join(" ", cmd));
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.print(text.lines().map(l -> "  " + l + "\n").collect(Collectors.joining()));
        if (p.exitValue() != 0 || !text.contains("smoke-test ok")) {
            throw new BuildFailure("the " + what + " run of the app image failed (exit " + p.exitValue() + ")");
        }
        deleteTree(workspace.getParent());
    }

    /** On Linux without a display, an Xvfb of our own for the runs of the app. */
    void display(ProcessBuilder pb) throws Exception {
        if (os != Os.LINUX || System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty()) {
            return;
        }
        if (xvfb == null) {
            int n = 140 + (int) (ProcessHandle.current().pid() % 200);
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                n++;
            }
            try {
                xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw new BuildFailure("no DISPLAY and no Xvfb to run the app in (apt-get install xvfb)");
            }
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            xvfbDisplay = ":" + n;
        }
        pb.environment().put("DISPLAY", xvfbDisplay);
    }

    private String xvfbDisplay;

    void stopXvfb() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    /** This system's installer, made from the finished app image (CDS archive included). */
    void installer(Path appImage, String version) throws Exception {
        step("jpackage " + type);
        // The image's archive names this folder's paths: installers leave it out (see trainClassDataSharing).
        Path archive = os.appDir(appImage).resolve(ARCHIVE);
        Path aside = out.resolve(ARCHIVE);
        if (Files.exists(archive)) {
            Files.move(archive, aside);
        }
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString(),
                "--dest", out.toString(), "--name", NAME, "--app-version", version, "--vendor", VENDOR,
                "--description", DESCRIPTION, "--copyright", "Apache License 2.0",
                "--license-file", project.resolve("LICENSE").toString()));
        if (verbose) {
            args.add("--verbose");
        }
        Path resources = project.resolve("installer").resolve(os.resourceDir);
        if (Files.isDirectory(resources)) {
            args.addAll(List.of("--resource-dir", resources.toString()));
        }
        switch (os) {
            case LINUX -> {
                args.addAll(List.of("--icon", icon().toString(),
                        "--linux-package-name", "luoshi",
                        "--linux-menu-group", "Office;ProjectManagement;",
                        "--linux-shortcut"));
                // GTK 3 for JavaFX's windows and a TrueType CJK font, or Chinese shows as boxes.
                if (type.equals("rpm")) {
                    args.addAll(List.of("--linux-package-deps", "gtk3, wqy-microhei-fonts",
                            "--linux-rpm-license-type", "ASL 2.0", "--linux-app-category", "Applications/Office"));
                } else {
                    args.addAll(List.of("--linux-package-deps", "libgtk-3-0, fonts-wqy-microhei | fonts-wqy-zenhei",
                            "--linux-app-category", "office", "--linux-deb-maintainer", "luoshi@localhost"));
                }
            }
            case WINDOWS -> args.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-shortcut-prompt", "--win-dir-chooser", "--win-per-user-install",
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case MAC -> args.addAll(List.of("--mac-package-identifier", "org.luoshi.app",
                    "--mac-package-name", NAME, "--mac-app-category", "public.app-category.productivity"));
        }
        try {
            String log = tool("jpackage", args.toArray(String[]::new));
            if (verbose) {
                System.out.println(log);
            }
        } finally {
            if (Files.exists(aside)) {
                Files.move(aside, archive);
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(ARCHIVE)).forEach(f -> step("installer ready: " + f + " (" + sizeMb(f) + " MB)"));
        }
    }

    Path icon() {
        return project.resolve("installer/icons").resolve(switch (os) {
            case WINDOWS -> "luoshi.ico";
            case MAC -> "luoshi.icns";
            case LINUX -> "luoshi-256.png";
        });
    }

    /** Runs a JDK tool in this JVM; its output is returned, and a failure stops the build. */
    static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new BuildFailure(name + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = tool.run(ps, ps, args);
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new BuildFailure(name + " exited " + code + ":\n" + text);
        }
        return text;
    }

    static String pathList(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    static void step(String message) {
        System.out.println("== " + message);
    }

    static long sizeMb(Path path) {
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Where jpackage puts things on each system. */
    enum Os {
        LINUX("deb", "linux"), WINDOWS("msi", "windows"), MAC("dmg", "macos");

        final String installerType;
        final String resourceDir;

        Os(String installerType, String resourceDir) {
            this.installerType = installerType;
            this.resourceDir = resourceDir;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        String imageName() {
            return this == MAC ? NAME + ".app" : NAME;
        }

        /** The launcher's folder for the app's jars and its .cfg ($APPDIR). */
        Path appDir(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/app");
                case WINDOWS -> image.resolve("app");
                case MAC -> image.resolve("Contents/app");
            };
        }

        /** sqlite-jdbc's folder for this system's library (org/sqlite/native/Linux/x86_64). */
        String sqliteFolder() {
            String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
            String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch.equals("arm64") ? "aarch64" : arch;
            return switch (this) {
                case LINUX -> "Linux/" + a;
                case WINDOWS -> "Windows/" + a;
                case MAC -> "Mac/" + a;
            };
        }

        Path launcher(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("bin").resolve(NAME);
                case WINDOWS -> image.resolve(NAME + ".exe");
                case MAC -> image.resolve("Contents/MacOS").resolve(NAME);
            };
        }
    }

    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }
}
