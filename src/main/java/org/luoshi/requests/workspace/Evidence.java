package org.luoshi.requests.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.TaskRequest;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/**
 * Evidence files out of the workspace: one file to a temporary folder (for the system viewer), or every
 * file of a task or a plan as a {@code .zip} with a cover sheet (封面.txt: task, unit, decision, each file
 * with its SHA-256). Every file is checked against its hash as it is read.
 */
public final class Evidence {
    /** The cover sheet's name inside the zip. */
    public static final String COVER = "封面.txt";

    private Evidence() {
    }

    /**
     * Deletes stored content no request refers to any more (left by an undone closing request, or a deleted task).
     * Only where no undo history can need it: the command line, which holds the workspace's lock (no window is
     * open) and starts with an empty history. Returns how many files' content went.
     */
    public static UseCase<Integer> dropUnused() {
        return session -> session.workspace().requests().dropUnusedEvidence();
    }

    /** Writes one evidence file to a new temporary folder under its own name; returns the file. */
    public static UseCase<Path> toTemporaryFile(EvidenceFile file) {
        return session -> {
            Path dir = Files.createTempDirectory("luoshi-evidence-");
            Path target = dir.resolve(safeName(file.name()));
            try (OutputStream out = Files.newOutputStream(target)) {
                session.workspace().requests().copyEvidence(file.sha256(), out);
            }
            target.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return target;
        };
    }

    /** Exports the evidence of one task's closing requests; returns how many files. */
    public static UseCase<Integer> exportTask(long taskId, Path zip) {
        return session -> {
            Workspace ws = session.workspace();
            Task task = Requests.requireTask(ws, taskId);
            Plan plan = ws.plans().load(ws.tasks().planOf(taskId)).orElseThrow();
            return write(ws, plan, List.of(task), ws.requests().ofTask(taskId), zip);
        };
    }

    /** Exports the evidence of every closing request of a plan; returns how many files. */
    public static UseCase<Integer> exportPlan(long planId, Path zip) {
        return session -> {
            Workspace ws = session.workspace();
            Plan plan = ws.plans().load(planId).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get("requests.error.noPlan", String.valueOf(planId))));
            return write(ws, plan, plan.tasks(), ws.requests().ofPlan(planId), zip);
        };
    }

    /**
     * Writes the zip beside {@code zip} and moves it into place when complete: a failure leaves no
     * half-written file. Refused (nothing written) when there is no evidence.
     */
    private static int write(Workspace ws, Plan plan, List<Task> tasks, List<TaskRequest> requests, Path zip)
            throws IOException {
        List<TaskRequest> closings = requests.stream()
                .filter(r -> r.kind() == RequestKind.CLOSING && !r.evidence().isEmpty()).toList();
        if (closings.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("requests.error.noEvidence"));
        }
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        Path absolute = zip.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path partial = Files.createTempFile(dir, ".luoshi-evidence-", ".zip.part");
        int files = 0;
        try {
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
                out.putNextEntry(new ZipEntry(COVER));
                out.write(EvidenceCover.text(plan, byId, closings).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
                Set<String> used = new HashSet<>();
                for (TaskRequest r : closings) {
                    Task t = byId.get(r.taskId());
                    String folder = "任务" + safeName(t == null ? String.valueOf(r.taskId()) : t.label()) + "/销号申请"
                            + r.id() + "/";
                    for (EvidenceFile f : r.evidence()) {
                        String name = folder + safeName(f.name());
                        for (int n = 2; !used.add(name); n++) {
                            name = folder + n + "-" + safeName(f.name());
                        }
                        out.putNextEntry(new ZipEntry(name));
                        ws.requests().copyEvidence(f.sha256(), out);
                        out.closeEntry();
                        files++;
                    }
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
        return files;
    }

    /** A file name without folders or characters file systems refuse. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" : s;
    }

    /** The files of requests, in order (for the views). */
    public static List<EvidenceFile> filesOf(List<TaskRequest> requests) {
        List<EvidenceFile> out = new ArrayList<>();
        requests.forEach(r -> out.addAll(r.evidence()));
        return out;
    }
}
