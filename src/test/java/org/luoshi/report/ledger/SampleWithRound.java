package org.luoshi.report.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * A workspace holding the sample plan 晋政办发〔2023〕1号 and one filled round "2023年3月" due 2023-03-25,
 * its forms filled in the way units fill them (with POI, outside Luoshi) and applied:
 * 省审批服务管理局 reports on all its tasks on 2023-03-24 (on time), the first at 100 % (是否完成 是,
 * confirmed), the others at 30 %; 省发展改革委 reports on its first task only, on 2023-03-27 (late,
 * partial), at 10 %. Every other unit is missing.
 */
public final class SampleWithRound implements AutoCloseable {
    public static final String ON_TIME = "省审批服务管理局";
    public static final String LATE = "省发展改革委";
    public static final LocalDate DUE = LocalDate.of(2023, 3, 25);
    public static final LocalDate TODAY = LocalDate.of(2023, 3, 28);

    public final Workspace ws;
    public final Session session;
    public final Round round;
    public final long doneTask;
    private final long planId;

    public SampleWithRound(Path dir) throws Exception {
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        Plan saved = ws.plans().save(SamplePlanFixture.plan());
        planId = saved.id();
        round = Rounds.open(new Rounds.OpenRequest(planId, "2023年3月", RoundDue.on(DUE), "督查室 张三 0351-1234567",
                List.of(), List.of(), LocalDate.of(2023, 3, 1))).run(session);
        Path out = Files.createDirectories(dir.resolve("forms"));
        List<Long> mine = tasksOf(saved, ON_TIME);
        Path a = Rounds.forms(round.id(), out, ON_TIME, false).run(session).get(0);
        try (UnitFiller f = UnitFiller.open(a)) {
            for (int i = 0; i < mine.size(); i++) {
                boolean first = i == 0;
                f.fill(mine.get(i), first ? "已全部完成。" : "正在推进第" + (i + 1) + "项。", "", "", first ? 100 : 30,
                        first ? "是" : null);
            }
            a = f.signedBy("李四", "13800000000").saveAs(dir.resolve("a.xlsx"));
        }
        doneTask = mine.get(0);
        Rounds.apply(Rounds.review(round.id(), List.of(a), LocalDate.of(2023, 3, 24)).run(session), Set.of(doneTask))
                .run(session);
        long theirs = tasksOf(saved, LATE).get(0);
        Path b = Rounds.forms(round.id(), out, LATE, false).run(session).get(0);
        try (UnitFiller f = UnitFiller.open(b)) {
            b = f.fill(theirs, "已启动前期工作。", "", "", 10, null).saveAs(dir.resolve("b.xlsx"));
        }
        Rounds.apply(Rounds.review(round.id(), List.of(b), LocalDate.of(2023, 3, 27)).run(session), Set.of())
                .run(session);
    }

    /** The plan as stored now, with the progress the round brought. */
    public Plan plan() {
        return ws.plans().load(planId).orElseThrow();
    }

    public long planId() {
        return planId;
    }

    public static List<Long> tasksOf(Plan plan, String unit) {
        return plan.tasks().stream().filter(t -> t.roleOf(unit) != null).map(Task::id).toList();
    }

    @Override
    public void close() {
        ws.close();
    }
}
