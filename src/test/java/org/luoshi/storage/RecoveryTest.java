package org.luoshi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;

/**
 * {@code workspace recover}: a real workspace, damaged three ways (a zeroed page in the middle,
 * flipped bits in a B-tree page, a file cut short), is copied into a new workspace that opens,
 * passes SQLite's integrity check, and holds every plan none of whose pages was damaged exactly as
 * it was; the damaged file is left byte for byte as it was.
 */
class RecoveryTest {
    @TempDir
    static Path shared;
    static Path pristine;
    static Map<Long, Plan> plans;
    static Map<Long, Set<Long>> pagesOfPlans;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheWorkspace() {
        pristine = DamagedFiles.workspace(shared.resolve("pristine.db"), 1_500, 12);
        try (Workspace ws = Workspace.open(pristine)) {
            plans = ws.plans().loadAll().stream().collect(Collectors.toMap(Plan::id, p -> p));
        }
        pagesOfPlans = DamagedFiles.pagesOfPlans(pristine);
        assertThat(pagesOfPlans.keySet()).isEqualTo(plans.keySet());
    }

    @Test
    void aZeroedPageInTheMiddleLosesOnlyThePlansOnIt() throws IOException {
        Path file = copy();
        long page = DamagedFiles.middlePage(file, "task", "leaf");
        DamagedFiles.zeroPage(file, page);

        recoversEveryIntactPlan(file, Set.of(page));
    }

    @Test
    void flippedBitsInABTreePageLoseOnlyThePlansOnIt() throws IOException {
        Path file = copy();
        long page = DamagedFiles.middlePage(file, "progress", "leaf");
        DamagedFiles.flipCellPointers(file, page);

        recoversEveryIntactPlan(file, Set.of(page));
    }

    @Test
    void aFileCutShortKeepsThePlansBeforeTheCut() throws IOException {
        Path file = copy();
        long count = DamagedFiles.pageCount(file);
        long keep = count;
        for (long k : new long[] {count / 10, count / 20, 8, 2}) {
            Set<Long> lost = pagesFrom(count - k + 1, count);
            if (!intact(lost).isEmpty() && intact(lost).size() < plans.size()) {
                keep = count - k;
                break;
            }
        }
        assertThat(keep).as("a cut that damages some plans and spares others").isLessThan(count);
        DamagedFiles.cutAfter(file, keep);

        recoversEveryIntactPlan(file, pagesFrom(keep + 1, count));
    }

    @Test
    void aSoundFileIsCopiedWhole() throws IOException {
        Path file = copy();
        Path to = dir.resolve("copy.db");

        RecoveryReport report = Workspace.recover(file, to);

        assertThat(report.complete()).as(report.toString()).isTrue();
        assertThat(report.lostRows()).isZero();
        try (Workspace ws = Workspace.open(to)) {
            assertThat(ws.plans().loadAll()).containsExactlyInAnyOrderElementsOf(plans.values());
            assertThat(ws.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aNewFileIsNeverOverwritten() throws IOException {
        Path file = copy();
        Path to = Files.writeString(dir.resolve("there.db"), "mine");

        assertThatThrownBy(() -> Workspace.recover(file, to)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("exists already");
        assertThat(Files.readString(to)).isEqualTo("mine");
    }

    @Test
    void aFileWhoseFirstPageIsGoneIsRefusedAndNothingIsMade() throws IOException {
        Path file = copy();
        DamagedFiles.zeroPage(file, 1);
        byte[] before = Files.readAllBytes(file);
        Path to = dir.resolve("new.db");

        assertThatThrownBy(() -> Workspace.recover(file, to)).isInstanceOf(WorkspaceException.class);
        assertThat(to).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private void recoversEveryIntactPlan(Path file, Set<Long> damagedPages) throws IOException {
        Set<Long> spared = intact(damagedPages);
        assertThat(spared).as("the damage spares some plans").isNotEmpty();
        assertThat(spared.size()).as("the damage hits some plan").isLessThan(plans.size());
        byte[] before = Files.readAllBytes(file);
        Path to = dir.resolve("recovered.db");

        RecoveryReport report = Workspace.recover(file, to);

        assertThat(Files.readAllBytes(file)).as("the damaged file is only read").isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .as("nothing left beside it").doesNotContain(file.getFileName() + "-wal", file.getFileName() + "-shm");
        assertThat(report.result().isSound()).as(report.result().problems().toString()).isTrue();
        assertThat(report.complete()).isFalse();
        try (Workspace ws = Workspace.open(to)) {
            assertThat(ws.integrityCheck()).isEqualTo("ok");
            assertThat(ws.check().isSound()).isTrue();
            for (long id : spared) {
                assertThat(ws.plans().load(id)).as("plan " + id).contains(plans.get(id));
            }
        }
    }

    private static Set<Long> intact(Set<Long> damagedPages) {
        return pagesOfPlans.entrySet().stream().filter(e -> Collections.disjoint(e.getValue(), damagedPages))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> pagesFrom(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().collect(Collectors.toSet());
    }

    private Path copy() throws IOException {
        return Files.copy(pristine, dir.resolve("workspace.db"));
    }
}
