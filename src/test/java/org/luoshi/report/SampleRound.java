package org.luoshi.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * The sample plan (晋政办发〔2023〕1号, issued 2023-01-20) in a workspace with two rounds whose forms
 * were filled by units with POI and applied, as of {@link #TODAY} 2023-03-28:
 * <ul>
 * <li>“2023年2月”, due 2023-02-28: 省审批服务管理局 reported task 29 at 20 % on 02-27;</li>
 * <li>“2023年3月”, due 2023-03-27: 省审批服务管理局 reported every task on 03-24 (18 at 100 % and 是,
 * confirmed done; 19 60 %, 20 30 %, 28 0 %, 29 40 %, 32 50 %); 省人社厅 on 03-25 tasks 34 (35 %) and
 * 36 (10 %) only; 省工信厅 on 03-26 task 47 (90 %) only; 省发展改革委 on 03-28, late, task 7 (20 %)
 * only; every other unit nothing.</li>
 * </ul>
 */
public final class SampleRound {
    public static final LocalDate TODAY = LocalDate.of(2023, 3, 28);
    public static final String APPROVAL = "省审批服务管理局";

    public final Workspace ws;
    public final Session session;
    public final Plan plan;
    public final Round february;
    public final Round march;

    private SampleRound(Workspace ws, Session session, Plan plan, Round february, Round march) {
        this.ws = ws;
        this.session = session;
        this.plan = plan;
        this.february = february;
        this.march = march;
    }

    /** Builds it in {@code dir} (a workspace file and the forms); close {@link #ws} after. */
    public static SampleRound in(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("sample.db"));
        Session session = Session.of(ws);
        Plan plan = ws.plans().save(SamplePlanFixture.plan());
        Round feb = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年2月", RoundDue.on(LocalDate.of(2023, 2, 28)),
                "督查室 张三 0351-1234567", List.of(), List.of(), LocalDate.of(2023, 2, 20))).run(session);
        report(session, dir, feb, plan, APPROVAL, LocalDate.of(2023, 2, 27), Map.of("29", 20), Set.of());
        Round mar = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年3月", RoundDue.on(LocalDate.of(2023, 3, 27)),
                "督查室 张三 0351-1234567", List.of(), List.of(), LocalDate.of(2023, 3, 20))).run(session);
        report(session, dir, mar, plan, APPROVAL, LocalDate.of(2023, 3, 24),
                Map.of("18", 100, "19", 60, "20", 30, "28", 0, "29", 40, "32", 50), Set.of("18"));
        report(session, dir, mar, plan, "省人社厅", LocalDate.of(2023, 3, 25), Map.of("34", 35, "36", 10), Set.of());
        report(session, dir, mar, plan, "省工信厅", LocalDate.of(2023, 3, 26), Map.of("47", 90), Set.of());
        report(session, dir, mar, plan, "省发展改革委", LocalDate.of(2023, 3, 28), Map.of("7", 20), Set.of());
        return new SampleRound(ws, session, ws.plans().load(plan.id()).orElseThrow(), feb, mar);
    }

    private static void report(Session session, Path dir, Round round, Plan plan, String unit, LocalDate received,
            Map<String, Integer> percents, Set<String> done) throws IOException, Exception {
        Path folder = Files.createDirectories(dir.resolve("forms-" + round.id()));
        Path form = Rounds.forms(round.id(), folder, unit, false).run(session).get(0);
        Path filled;
        try (UnitFiller f = UnitFiller.open(form)) {
            for (Map.Entry<String, Integer> e : percents.entrySet()) {
                f.fill(task(plan, e.getKey()).id(), "本期推进情况（任务" + e.getKey() + "）", "", "继续推进",
                        e.getValue(), done.contains(e.getKey()) ? "是" : "否");
            }
            filled = f.saveAs(folder.resolve(unit + "-已填.xlsx"));
        }
        Set<Long> confirmed = new java.util.HashSet<>();
        done.forEach(n -> confirmed.add(task(plan, n).id()));
        Rounds.apply(Rounds.review(round.id(), List.of(filled), received).run(session), confirmed).run(session);
    }

    public static Task task(Plan plan, String number) {
        return SamplePlanFixture.task(plan, number);
    }

    public Task task(String number) {
        return task(plan, number);
    }
}
