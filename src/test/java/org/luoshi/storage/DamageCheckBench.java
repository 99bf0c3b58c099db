package org.luoshi.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What the one check of a workspace file costs, and what it notices. For each workspace (made by
 * {@link org.luoshi.bench.BigWorkspace}): the check as the window and every command run it
 * ({@link Workspace#check()} on a freshly opened workspace), its parts one by one (SQLite's
 * quick_check and integrity_check, foreign_key_check, the UTF-8 scan of every text), what
 * {@code cell_size_check} adds to reading every plan, and {@link Workspace#recover} of the sound
 * file. Medians over the runs, wall and CPU time of the thread (SQLite runs on it), with the load
 * average before and after: the machine may be shared.
 *
 * <p>With {@code --flips N}: N copies of the first file, each with one random bit flipped in a
 * leaf page of the task table, and how many each check notices.
 *
 * <pre>java -cp … org.luoshi.storage.DamageCheckBench [--runs 9] [--flips 300] WORKSPACE…</pre>
 */
public final class DamageCheckBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DamageCheckBench() {
    }

    private interface Work {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = 9;
        int flips = 0;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--flips" -> flips = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        System.out.printf("load average %.2f; %d cores; %s%n", load(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"));
        for (Path file : files) {
            measure(file, runs);
        }
        if (flips > 0) {
            flips(files.get(0), flips);
        }
        System.out.printf("load average %.2f%n", load());
    }

    private static void measure(Path file, int runs) throws Exception {
        int tasks;
        try (Workspace ws = Workspace.open(file)) {
            tasks = ws.plans().list().stream().mapToInt(p -> p.taskCount()).sum();
        }
        System.out.printf("%n%s: %,d tasks, %,d bytes, %,d pages%n", file, tasks, Files.size(file),
                DamagedFiles.pageCount(file));
        time("open and close (no check)", runs, () -> {
            try (Workspace ws = Workspace.open(file)) {
                ws.plans().list();
            }
        }, true);
        time("open, the one check (Workspace.check), close", runs, () -> {
            try (Workspace ws = Workspace.open(file)) {
                if (ws.check().isDamaged()) {
                    throw new IllegalStateException("damaged: " + ws.check().problems());
                }
            }
        }, true);
        try (Workspace ws = Workspace.open(file)) {
            Database db = ws.database();
            time("  PRAGMA quick_check", runs, () -> db.outsideTransaction("bench", c -> rows(c, "PRAGMA quick_check")), false);
            time("  PRAGMA integrity_check", runs, () -> db.outsideTransaction("bench", c -> {
                DamageCheck.structure(c, new ArrayList<>());
                return null;
            }), false);
            time("  PRAGMA foreign_key_check", runs, () -> db.outsideTransaction("bench", c -> {
                DamageCheck.foreignKeys(c, new ArrayList<>());
                return null;
            }), false);
            time("  UTF-8 scan of every text", runs, () -> db.outsideTransaction("bench", c -> {
                DamageCheck.text(c, new ArrayList<>());
                return null;
            }), false);
            cellSizeCheck(ws, runs);
        }
        Path to = Files.createTempDirectory("luoshi-bench").resolve("recovered.db");
        time("recover the sound file (Workspace.recover)", Math.min(runs, 3), () -> {
            Files.deleteIfExists(to);
            RecoveryReport r = Workspace.recover(file, to);
            if (!r.complete()) {
                throw new IllegalStateException(r.toString());
            }
        }, false);
        Files.deleteIfExists(to);
    }

    /** Reading every plan with SQLite's cell_size_check on (as Luoshi opens) and off, run for run in turn. */
    private static void cellSizeCheck(Workspace ws, int runs) {
        Database db = ws.database();
        ws.plans().loadAll(); // warm-up
        long[][] wall = new long[2][runs];
        long[][] cpu = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int on = 0; on < 2; on++) {
                String value = on == 1 ? "ON" : "OFF";
                db.outsideTransaction("bench", c -> c.createStatement().execute("PRAGMA cell_size_check = " + value));
                long w = System.nanoTime();
                long u = THREADS.getCurrentThreadCpuTime();
                ws.plans().loadAll();
                wall[on][i] = System.nanoTime() - w;
                cpu[on][i] = THREADS.getCurrentThreadCpuTime() - u;
            }
        }
        for (int on = 1; on >= 0; on--) {
            Arrays.sort(wall[on]);
            Arrays.sort(cpu[on]);
            System.out.printf("%-46s median %7.1f ms wall, %7.1f ms CPU%n",
                    "read every plan, cell_size_check " + (on == 1 ? "ON" : "OFF"), wall[on][runs / 2] / 1e6,
                    cpu[on][runs / 2] / 1e6);
        }
    }

    private static int rows(Connection c, String sql) throws SQLException {
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static void time(String what, int runs, Work work, boolean coldFirst) throws Exception {
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long firstWall = 0;
        for (int i = -1; i < runs; i++) {
            long w = System.nanoTime();
            long u = THREADS.getCurrentThreadCpuTime();
            work.run();
            if (i < 0) {
                firstWall = System.nanoTime() - w; // warm-up; the first run in a fresh JVM
                continue;
            }
            wall[i] = System.nanoTime() - w;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - u;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-46s median %7.1f ms wall, %7.1f ms CPU (wall %6.1f–%6.1f; first run %6.1f)%n", what,
                wall[runs / 2] / 1e6, cpu[runs / 2] / 1e6, wall[0] / 1e6, wall[runs - 1] / 1e6, firstWall / 1e6);
    }

    /** One random bit flipped in a non-zero byte of a task leaf page, N times: what each check notices. */
    private static void flips(Path source, int n) throws Exception {
        List<Long> leaves = DamagedFiles.pages(source, "task", "leaf");
        int pageSize = DamagedFiles.pageSize(source);
        byte[] original = Files.readAllBytes(source);
        Path dir = Files.createTempDirectory("luoshi-flips");
        Random random = new Random(7);
        int quick = 0;
        int integrity = 0;
        int keys = 0;
        int text = 0;
        int theCheck = 0;
        int unreadable = 0;
        for (int k = 0; k < n; k++) {
            byte[] bytes = original.clone();
            int at;
            do {
                long page = leaves.get(random.nextInt(leaves.size()));
                at = (int) ((page - 1) * pageSize) + 8 + random.nextInt(pageSize - 8);
            } while (bytes[at] == 0);
            bytes[at] ^= (byte) (1 << random.nextInt(8));
            Path file = dir.resolve("flip" + k + ".db");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes));
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?immutable=1")) {
                boolean q = !ok(c, "PRAGMA quick_check");
                boolean i = !ok(c, "PRAGMA integrity_check");
                List<String> fk = new ArrayList<>();
                List<String> utf = new ArrayList<>();
                try {
                    DamageCheck.foreignKeys(c, fk);
                } catch (SQLException e) {
                    fk.add("failed: " + e.getMessage());
                }
                try {
                    DamageCheck.text(c, utf);
                } catch (SQLException e) {
                    utf.add("failed: " + e.getMessage());
                }
                quick += q ? 1 : 0;
                integrity += i ? 1 : 0;
                keys += fk.isEmpty() ? 0 : 1;
                text += utf.isEmpty() ? 0 : 1;
                unreadable += readsWhole(c) ? 0 : 1;
            }
            theCheck += Workspace.check(file).isDamaged() ? 1 : 0;
            Files.delete(file);
        }
        System.out.printf("%n%d single-bit flips in task leaf pages of %s:%n", n, source.getFileName());
        System.out.printf("  SQLite quick_check notices %d (%.0f%%), integrity_check %d (%.0f%%)%n", quick, 100.0 * quick / n,
                integrity, 100.0 * integrity / n);
        System.out.printf("  foreign_key_check %d, UTF-8 scan %d (each counts a failure to run as noticed); reading every task "
                + "fails on %d%n", keys, text, unreadable);
        System.out.printf("  the one check (all of them) notices %d (%.0f%%); %d (%.0f%%) go unnoticed%n", theCheck,
                100.0 * theCheck / n, n - theCheck, 100.0 * (n - theCheck) / n);
    }

    private static boolean ok(Connection c, String pragma) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            return rs.next() && "ok".equals(rs.getString(1)) && !rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean readsWhole(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM task NOT INDEXED")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
