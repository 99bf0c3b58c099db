package org.luoshi.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/** Each plan's timeline horizon, kept in a real workspace's settings and read back after reopening. */
class TimelineHorizonsTest {
    private static final LocalDate JUNE30 = LocalDate.of(2024, 6, 30);
    private static final LocalDate MARCH31 = LocalDate.of(2025, 3, 31);

    @TempDir
    Path dir;

    @Test
    void aSavedHorizonIsReadBackPerPlanAfterReopening() throws Exception {
        Path file = dir.resolve("w.db");
        try (Workspace ws = Workspace.open(file)) {
            Session session = Session.of(ws);
            assertThat(TimelineHorizons.loadAll().run(session)).isEmpty();
            assertThat(TimelineHorizons.save(7, JUNE30).run(session)).isEqualTo(JUNE30);
            TimelineHorizons.save(12, MARCH31).run(session);
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.settings().get(TimelineHorizons.key(7))).contains("2024-06-30");
            assertThat(TimelineHorizons.loadAll().run(Session.of(ws))).containsOnlyKeys(7L, 12L)
                    .containsEntry(7L, JUNE30).containsEntry(12L, MARCH31);
        }
    }

    @Test
    void savingAgainReplacesAndClearingForgets() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            Session session = Session.of(ws);
            TimelineHorizons.save(7, JUNE30).run(session);
            TimelineHorizons.save(7, MARCH31).run(session);
            TimelineHorizons.save(8, JUNE30).run(session);
            assertThat(TimelineHorizons.loadAll().run(session)).containsEntry(7L, MARCH31).hasSize(2);

            TimelineHorizons.clear(7).run(session);
            assertThat(ws.settings().get(TimelineHorizons.key(7))).isEmpty();
            TimelineHorizons.save(8, null).run(session);
            assertThat(TimelineHorizons.loadAll().run(session)).isEmpty();
        }
    }

    @Test
    void otherSettingsAndUnreadableValuesAreNoHorizons() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ws.settings().put("timeline.horizon.not-a-plan", "2024-06-30");
            ws.settings().put(TimelineHorizons.key(3), "end of June");
            ws.settings().put("lights.dueSoonDays", "14");
            TimelineHorizons.save(4, JUNE30).run(Session.of(ws));
            assertThat(TimelineHorizons.loadAll().run(Session.of(ws))).containsOnlyKeys(4L);
        }
    }
}
