package org.luoshi.rounds.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.ProgressEntry;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;
import org.luoshi.reminders.DueItem;
import org.luoshi.reminders.DueItems;
import org.luoshi.reminders.DueKind;
import org.luoshi.reminders.SamplePlanFixture;
import org.luoshi.reminders.workspace.WorkspaceReminders;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.Submission;
import org.luoshi.rounds.UnitFiller;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/** Rounds on a workspace holding the sample plan: open, forms out, forms filled by a unit with POI, in, board. */
class RoundsTest {
    static final String UNIT = "省审批服务管理局";
    static final LocalDate OPENED = LocalDate.of(2023, 4, 1);

    @TempDir
    Path dir;

    Workspace ws;
    Session session;
    Plan plan;

    @BeforeEach
    void sample() {
        Messages.setLocale(Locale.ENGLISH);
        ws = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(ws);
        plan = ws.plans().save(SamplePlanFixture.plan());
    }

    @AfterEach
    void close() {
        ws.close();
        Messages.setLocale(Locale.getDefault());
    }

    Round open(String period, LocalDate due, List<String> units) throws Exception {
        return Rounds.open(new Rounds.OpenRequest(plan.id(), period, RoundDue.on(due), "督查室 张三 0351-1234567",
                units, List.of(), OPENED)).run(session);
    }

    List<Long> tasksOf(String unit) {
        return plan.tasks().stream().filter(t -> t.roleOf(unit) != null).map(Task::id).toList();
    }

    Task task(long id) {
        return ws.tasks().require(id);
    }

    @Test
    void theDueDayCountsWorkingDaysOnTheHolidayCalendar() throws Exception {
        // 2023-03-31 is a Friday; 5 April (清明) is off: the 5th working day after is Monday 10 April.
        RoundDue due = Rounds.workingDaysAfter(LocalDate.of(2023, 3, 31), 5, WorkingDayCalendar.bundled()).run(session);
        assertThat(due.date()).isEqualTo(LocalDate.of(2023, 4, 10));
        Round round = Rounds.open(new Rounds.OpenRequest(plan.id(), "2023年3月", due, "", List.of(), List.of(), OPENED))
                .run(session);
        assertThat(ws.rounds().find(round.id()).orElseThrow().due()).isEqualTo(LocalDate.of(2023, 4, 10));
        assertThat(ws.rounds().find(round.id()).orElseThrow().dueRule()).contains("2023-03-31").contains("5");
    }

    @Test
    void aRoundIsListedWithItsStateAndItsDueDayIsADueItemUntilEveryUnitReported() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of(UNIT, "省发展改革委"));
        assertThat(round.units()).containsExactly(UNIT, "省发展改革委");
        List<Rounds.Summary> list = Rounds.list(plan.id(), LocalDate.of(2023, 4, 26)).run(session);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).board().state()).isEqualTo(RoundBoard.RoundState.OVERDUE);
        assertThat(list.get(0).board().count(RoundBoard.State.MISSING)).isEqualTo(2);
        assertThat(Rounds.list(plan.id(), LocalDate.of(2023, 4, 20)).run(session).get(0).board().state())
                .isEqualTo(RoundBoard.RoundState.OPEN);

        WorkspaceReminders.Snapshot snap = WorkspaceReminders.load(ws, WorkingDayCalendar.bundled(),
                new DueItems.Window(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 30), true));
        List<DueItem> rounds = snap.items().stream().filter(i -> i.kind() == DueKind.ROUND).toList();
        assertThat(rounds).singleElement().satisfies(i -> {
            assertThat(i.date()).isEqualTo(LocalDate.of(2023, 4, 25));
            assertThat(i.owners()).containsExactly(UNIT, "省发展改革委");
            assertThat(i.title()).contains("2023年3月");
        });
    }

    @Test
    void openingRefusesAUnitThePlanDoesNotHaveAndUndoTakesTheRoundAway() throws Exception {
        assertThatThrownBy(() -> open("2023年3月", LocalDate.of(2023, 4, 25), List.of("火星局")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("火星局");
        assertThat(ws.rounds().ofPlan(plan.id())).isEmpty();
        open("2023年3月", LocalDate.of(2023, 4, 25), List.of());
        assertThat(ws.rounds().ofPlan(plan.id())).hasSize(1);
        session.undo("undo");
        assertThat(ws.rounds().ofPlan(plan.id())).isEmpty();
    }

    @Test
    void aFormFilledByTheUnitRenamedAndSortedIsMatchedAndAppliedAsOneUndoableEdit() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of());
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> forms = Rounds.forms(round.id(), out, UNIT, false).run(session);
        assertThat(forms).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).isEqualTo(UNIT + ".xlsx"));
        List<Long> mine = tasksOf(UNIT);
        long a = mine.get(0);
        long b = mine.get(1);
        Path returned;
        try (UnitFiller f = UnitFiller.open(forms.get(0))) {
            returned = f.fill(a, "已完成系统升级。", "资金不足", "继续推进", 80, null)
                    .fill(b, "全部办结", "", "", "100%", "是")
                    .swap(a, b)
                    .typeOverTaskText(b, "改过的任务文字")
                    .signedBy("李四", "13800000000")
                    .saveAs(dir.resolve("审批局3月进展（已签字）.xlsx"));
        }
        Review review = Rounds.review(round.id(), List.of(returned), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(review.refused()).isEmpty();
        assertThat(review.lines()).hasSize(2);
        Review.Line la = review.lines().stream().filter(l -> l.taskId() == a).findFirst().orElseThrow();
        Review.Line lb = review.lines().stream().filter(l -> l.taskId() == b).findFirst().orElseThrow();
        assertThat(la.reported().percent()).isEqualTo(80);
        assertThat(la.reported().text()).contains("已完成系统升级。").contains("存在问题：资金不足").contains("下步打算：继续推进");
        assertThat(la.proposesDone()).isFalse();
        assertThat(lb.reported().percent()).isEqualTo(100);
        assertThat(lb.proposesDone()).isTrue();
        assertThat(review.problems()).singleElement().satisfies(p -> {
            assertThat(p.refused()).isFalse();
            assertThat(p.message()).contains("locked cells");
            assertThat(p.file()).isEqualTo(returned);
            assertThat(p.row()).isGreaterThan(4);
        });
        // Nothing is written before applying.
        assertThat(task(a).progress()).isEmpty();
        assertThat(ws.rounds().submissions(round.id())).isEmpty();

        Rounds.apply(review, Set.of(b)).run(session);
        ProgressEntry ea = task(a).latestProgress();
        assertThat(ea.unit()).isEqualTo(UNIT);
        assertThat(ea.roundId()).isEqualTo(round.id());
        assertThat(ea.date()).isEqualTo(LocalDate.of(2023, 4, 20));
        assertThat(ea.percent()).isEqualTo(80);
        assertThat(task(b).status()).isEqualTo(TaskStatus.DONE);
        List<Submission> subs = ws.rounds().submissions(round.id());
        assertThat(subs).singleElement().satisfies(s -> {
            assertThat(s.unit()).isEqualTo(UNIT);
            assertThat(s.fileName()).isEqualTo("审批局3月进展（已签字）.xlsx");
            assertThat(s.reporter()).isEqualTo("李四");
            assertThat(s.phone()).isEqualTo("13800000000");
            assertThat(s.lines()).hasSize(2);
        });

        session.undo("undo");
        assertThat(task(a).progress()).isEmpty();
        assertThat(task(b).status()).isNotEqualTo(TaskStatus.DONE);
        assertThat(ws.rounds().submissions(round.id())).isEmpty();
        session.redo("redo");
        assertThat(task(a).latestProgress()).isEqualTo(ea);
        assertThat(task(b).status()).isEqualTo(TaskStatus.DONE);
        assertThat(ws.rounds().submissions(round.id())).hasSize(1);
    }

    @Test
    void deletingThePlanOrATaskAndUndoingGivesBackTheRoundItsFormsBoardReviewAndProgress() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of(UNIT, "省发展改革委"));
        Path form = Rounds.forms(round.id(), dir.resolve("out"), UNIT, false).run(session).get(0);
        long a = tasksOf(UNIT).get(0);
        Path filled;
        try (UnitFiller f = UnitFiller.open(form)) {
            filled = f.fill(a, "第一次报送", "", "", 60, "否").saveAs(dir.resolve("filled.xlsx"));
        }
        Rounds.apply(Rounds.review(round.id(), List.of(filled), LocalDate.of(2023, 4, 20)).run(session), Set.of())
                .run(session);
        LocalDate today = LocalDate.of(2023, 4, 26);
        RoundBoard board = Rounds.board(round.id(), today).run(session);
        assertThat(board.count(RoundBoard.State.MISSING)).isEqualTo(1);
        Review review = Rounds.review(round.id(), List.of(filled), today).run(session);
        assertThat(review.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.replacing()).isTrue());
        List<Submission> forms = ws.rounds().submissions(round.id());
        Round stored = ws.rounds().find(round.id()).orElseThrow();
        ProgressEntry reported = task(a).latestProgress();
        assertThat(reported.roundId()).isEqualTo(round.id());

        List<Edit> deletes = List.of(PlanEdits.delete(ws.plans().load(plan.id()).orElseThrow()),
                PlanEdits.deleteTask(task(a)));
        for (Edit delete : deletes) {
            UseCase<Change> deleting = s -> s.apply(delete);
            deleting.run(session);
            session.undo("undo");

            assertThat(ws.rounds().find(round.id())).as(delete.description()).contains(stored);
            assertThat(ws.rounds().submissions(round.id())).as(delete.description()).isEqualTo(forms);
            assertThat(Rounds.board(round.id(), today).run(session)).as(delete.description()).isEqualTo(board);
            assertThat(Rounds.review(round.id(), List.of(filled), today).run(session)).as(delete.description())
                    .isEqualTo(review);
            assertThat(task(a).latestProgress()).as(delete.description()).isEqualTo(reported);
        }
    }

    @Test
    void aSecondSubmissionReplacesTheFirstAndBothAreKept() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of(UNIT));
        Path form = Rounds.forms(round.id(), dir.resolve("out"), null, false).run(session).get(0);
        long a = tasksOf(UNIT).get(0);
        Path first;
        Path second;
        try (UnitFiller f = UnitFiller.open(form)) {
            first = f.fill(a, "第一次报送", "", "", 30, "否").saveAs(dir.resolve("first.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            second = f.fill(a, "更正后的报送", "", "", 40, "否").saveAs(dir.resolve("second.xlsx"));
        }
        Rounds.apply(Rounds.review(round.id(), List.of(first), LocalDate.of(2023, 4, 20)).run(session), Set.of())
                .run(session);
        Review again = Rounds.review(round.id(), List.of(second), LocalDate.of(2023, 4, 27)).run(session);
        assertThat(again.lines()).singleElement().satisfies(l -> {
            assertThat(l.replacing()).isTrue();
            assertThat(l.last().percent()).isEqualTo(30);
        });
        Rounds.apply(again, Set.of()).run(session);
        assertThat(task(a).progress()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("更正后的报送");
            assertThat(p.percent()).isEqualTo(40);
        });
        List<Submission> subs = ws.rounds().submissions(round.id());
        assertThat(subs).hasSize(2);
        assertThat(subs.get(0).supersededBy()).isEqualTo(subs.get(1).id());
        assertThat(subs.get(1).current()).isTrue();
        RoundBoard board = Rounds.board(round.id(), LocalDate.of(2023, 4, 28)).run(session);
        assertThat(board.units()).singleElement().satisfies(u -> {
            assertThat(u.received()).isEqualTo(LocalDate.of(2023, 4, 27));
            assertThat(u.late()).isTrue();
        });
        session.undo("undo");
        assertThat(task(a).progress()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("第一次报送"));
        assertThat(ws.rounds().submissions(round.id())).singleElement().satisfies(s -> assertThat(s.current()).isTrue());
    }

    @Test
    void filesThatAreNotFormsOfThisRoundAreRefusedEachWithWhy() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of());
        Round other = open("2023年4月", LocalDate.of(2023, 5, 25), List.of());
        Path form = Rounds.forms(round.id(), dir.resolve("out"), UNIT, false).run(session).get(0);
        Path otherForm = Rounds.forms(other.id(), dir.resolve("out4"), UNIT, false).run(session).get(0);
        long a = tasksOf(UNIT).get(0);
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "这不是表格");
        Path empty;
        Path tampered;
        Path otherFilled;
        Path badPercent;
        try (UnitFiller f = UnitFiller.open(form)) {
            empty = f.saveAs(dir.resolve("empty.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            tampered = f.fill(a, "x", "", "", 10, null).tamperIdentity(5, 1, "省发展改革委").saveAs(dir.resolve("t.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(otherForm)) {
            otherFilled = f.fill(a, "x", "", "", 10, null).saveAs(dir.resolve("other.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            badPercent = f.fill(a, "x", "", "", 150, null).saveAs(dir.resolve("pct.xlsx"));
        }
        Path plain;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            plain = dir.resolve("plain.xlsx");
            try (var o = Files.newOutputStream(plain)) {
                wb.write(o);
            }
        }
        Review r = Rounds.review(round.id(), List.of(text, empty, tampered, otherFilled, badPercent, plain),
                LocalDate.of(2023, 4, 20)).run(session);
        assertThat(r.anythingToApply()).isFalse();
        assertThat(r.refused()).hasSize(6);
        assertThat(reason(r, text)).contains("not an Excel workbook");
        assertThat(reason(r, empty)).contains("nothing is filled in");
        assertThat(reason(r, tampered)).contains("identity was changed");
        assertThat(reason(r, otherFilled)).contains("another round");
        assertThat(reason(r, plain)).contains("not a Luoshi progress form");
        assertThat(reason(r, badPercent)).contains("nothing is filled in");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(badPercent);
            assertThat(p.row()).isPositive();
            assertThat(p.message()).contains("“150”").contains("0 to 100");
        });
    }

    @Test
    void theIdentityIsAlsoInTheWorkbooksNamesReadWhenTheHiddenSheetIsGoneAndTwoCopiesThatDifferAreRefused()
            throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of());
        Round other = open("2023年4月", LocalDate.of(2023, 5, 25), List.of());
        Path form = Rounds.forms(round.id(), dir.resolve("out"), UNIT, false).run(session).get(0);
        Path otherForm = Rounds.forms(other.id(), dir.resolve("out4"), UNIT, false).run(session).get(0);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(form))) {
            var first = wb.getName("luoshi_id_01");
            assertThat(first).isNotNull();
            assertThat(first.getRefersToFormula()).startsWith("\"luoshi-round-form|1|");
            assertThat(wb.getName("luoshi_id_02")).isNotNull(); // the line is longer than one piece
        }
        long a = tasksOf(UNIT).get(0);
        Path noSheet;
        Path mixed;
        Path mixedNoSheet;
        try (UnitFiller f = UnitFiller.open(form)) {
            noSheet = f.fill(a, "已完成系统部署", "", "", 70, null).deleteIdentitySheet().saveAs(dir.resolve("无隐藏表.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            mixed = f.fill(a, "x", "", "", 10, null).identityNamesFrom(otherForm).saveAs(dir.resolve("mixed.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(form)) {
            mixedNoSheet = f.fill(a, "x", "", "", 10, null).identityNamesFrom(otherForm).deleteIdentitySheet()
                    .saveAs(dir.resolve("mixed-no-sheet.xlsx"));
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(noSheet))) {
            assertThat(wb.getSheet("luoshi")).isNull();
        }
        Review r = Rounds.review(round.id(), List.of(noSheet), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(r.refused()).isEmpty();
        assertThat(r.submissions()).singleElement().satisfies(s -> assertThat(s.unit()).isEqualTo(UNIT));
        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.taskId()).isEqualTo(a);
            assertThat(l.reported().percent()).isEqualTo(70);
        });

        Review bad = Rounds.review(round.id(), List.of(mixed, mixedNoSheet), LocalDate.of(2023, 4, 20)).run(session);
        assertThat(bad.anythingToApply()).isFalse();
        assertThat(reason(bad, mixed)).contains("two copies of its identity");
        assertThat(reason(bad, mixedNoSheet)).contains("another round");
    }

    @Test
    void eachFileIsReceivedOnItsModificationDayIfEarlierElseTodayAndThePersonMayChangeItOnTimeOrLateFollows()
            throws Exception {
        String other = "省发展改革委";
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of(UNIT, other));
        List<Path> forms = Rounds.forms(round.id(), dir.resolve("out"), null, false).run(session);
        Path early;
        Path now;
        try (UnitFiller f = UnitFiller.open(forms.get(0))) {
            early = f.fill(tasksOf(UNIT).get(0), "按期报送", "", "", 40, null).saveAs(dir.resolve("a.xlsx"));
        }
        try (UnitFiller f = UnitFiller.open(forms.get(1))) {
            now = f.fill(tasksOf(other).get(0), "逾期报送", "", "", 20, null).saveAs(dir.resolve("b.xlsx"));
        }
        // The unit's mail came on 20 April (the file's time); the other file is "today" for the file system.
        Files.setLastModifiedTime(early, java.nio.file.attribute.FileTime.from(
                LocalDate.of(2023, 4, 20).atTime(15, 30).atZone(java.time.ZoneId.systemDefault()).toInstant()));
        LocalDate today = LocalDate.of(2023, 4, 27);
        Review r = Rounds.reviewAsReceived(round.id(), List.of(early, now), today).run(session);
        assertThat(r.files()).extracting(Review.FileCheck::received)
                .containsExactly(LocalDate.of(2023, 4, 20), today);
        assertThat(r.lines()).filteredOn(l -> l.unit().equals(UNIT)).singleElement()
                .satisfies(l -> assertThat(l.reported().date()).isEqualTo(LocalDate.of(2023, 4, 20)));

        // The person knows the second came on the 24th, before the due day.
        Review changed = r.withReceived(now, LocalDate.of(2023, 4, 24));
        assertThat(changed.lines()).filteredOn(l -> l.unit().equals(other)).singleElement()
                .satisfies(l -> assertThat(l.reported().date()).isEqualTo(LocalDate.of(2023, 4, 24)));
        assertThat(r.withReceived(dir.resolve("not-in-batch.xlsx"), LocalDate.of(2023, 4, 1))).isEqualTo(r);
        Rounds.apply(changed, Set.of()).run(session);
        RoundBoard board = Rounds.board(round.id(), today).run(session);
        assertThat(board.units()).extracting(RoundBoard.UnitState::unit, RoundBoard.UnitState::received,
                RoundBoard.UnitState::late).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(UNIT, LocalDate.of(2023, 4, 20), false),
                        org.assertj.core.groups.Tuple.tuple(other, LocalDate.of(2023, 4, 24), false));
        assertThat(task(tasksOf(other).get(0)).latestProgress().date()).isEqualTo(LocalDate.of(2023, 4, 24));

        // Left as today (the 27th), after the due day: late.
        Review late = Rounds.reviewAsReceived(round.id(), List.of(now), today).run(session);
        Rounds.apply(late, Set.of()).run(session);
        assertThat(Rounds.board(round.id(), today).run(session).units().get(1).late()).isTrue();
    }

    @Test
    void aPartialReportAndTheChaseNoticeNameTheUnitsStillMissing() throws Exception {
        Round round = open("2023年3月", LocalDate.of(2023, 4, 25), List.of(UNIT, "省发展改革委", "省财政厅"));
        List<Path> forms = Rounds.forms(round.id(), dir.resolve("out"), null, true).run(session);
        assertThat(forms).hasSize(3);
        assertThat(forms.get(0).getFileName().toString()).startsWith("晋政办发〔2023〕1号 2023年3月 ");
        Path mine = forms.stream().filter(f -> f.getFileName().toString().contains(UNIT)).findFirst().orElseThrow();
        long a = tasksOf(UNIT).get(0);
        Path filled;
        try (UnitFiller f = UnitFiller.open(mine)) {
            filled = f.fill(a, "推进中", "", "", 50, null).saveAs(dir.resolve("a.xlsx"));
        }
        Rounds.apply(Rounds.review(round.id(), List.of(filled), LocalDate.of(2023, 4, 24)).run(session), Set.of())
                .run(session);
        RoundBoard board = Rounds.board(round.id(), LocalDate.of(2023, 4, 26)).run(session);
        RoundBoard.UnitState me = board.units().stream().filter(u -> u.unit().equals(UNIT)).findFirst().orElseThrow();
        assertThat(me.state()).isEqualTo(tasksOf(UNIT).size() > 1 ? RoundBoard.State.PARTIAL : RoundBoard.State.SUBMITTED);
        assertThat(me.late()).isFalse();
        assertThat(board.count(RoundBoard.State.MISSING)).isEqualTo(2);
        Path notice = dir.resolve("催报.docx");
        String text = Rounds.chaseNotice(round.id(), LocalDate.of(2023, 4, 26), notice).run(session);
        assertThat(text).contains("关于催报").contains("省发展改革委（未报送）").contains("省财政厅（未报送）")
                .contains("2023年4月25日");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(notice))) {
            String all = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(all).contains("省发展改革委（未报送）").contains("省财政厅（未报送）");
        }
    }

    private static String reason(Review r, Path file) {
        return r.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow().reason();
    }
}
