package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.exchange.PlanSchema;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.parse.ImportWarning;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.plan.UsableDates;
import org.luoshi.session.Session;
import org.luoshi.storage.Workspace;

/**
 * A document may print any four digits as a year or a day no month has. The importer leaves such a
 * date out with a warning, so that {@code import --json} prints only what plan.schema.json accepts
 * and {@code import} stores only dates every view can reckon with. Before, 9999年底前 was stored
 * as 9999-12-31, 0001年6月底前 as 0001-06-30, and 每月35日前 made the whole import fail on the
 * workspace's CHECK constraint.
 */
class ShowableDatesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HEAD = "关于印发测试方案的通知\n\n一、重点任务\n";

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void yearsNoViewCanShowAreLeftOutWithAWarningAndThePhraseStays() throws Exception {
        ImportDocument.Read read = ImportDocument.text("t", HEAD
                + "（一）推进甲项工作，9999年底前完成。（省发展改革委负责）\n"
                + "（二）推进乙项工作，0001年6月底前完成。（省财政厅负责）\n"
                + "（三）推进丙项工作，2023年6月底前完成。（省财政厅负责）\n");
        List<Task> tasks = read.parsed().plan().tasks();
        assertThat(tasks.get(0).deadlines()).extracting(Deadline::raw, Deadline::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("9999年底前", null));
        assertThat(tasks.get(1).deadlines().get(0).date()).isNull();
        assertThat(tasks.get(2).deadlines().get(0).date()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(read.parsed().warnings()).extracting(ImportWarning::message).contains(
                "“9999年底前”: the date 9999-12-31 is not between the years 1900 and 2200; it was left out.",
                "“0001年6月底前”: the date 0001-06-30 is not between the years 1900 and 2200; it was left out.");
        assertThat(PlanSchema.problems(MAPPER.readTree(new PlanJsonWriter().write(read.parsed())))).isEmpty();
    }

    @Test
    void aDayNoMonthHasIsLeftOutAndThePlanCanBeStored() throws Exception {
        ImportDocument.Read read = ImportDocument.text("t", HEAD + "（一）推进乙项工作，每月35日前报送。（省财政厅负责）\n");
        Deadline monthly = read.parsed().plan().tasks().get(0).deadlines().get(0);
        assertThat(monthly.raw()).isEqualTo("每月35日前");
        assertThat(monthly.day()).isNull();
        assertThat(read.parsed().warnings()).extracting(ImportWarning::message)
                .contains("“每月35日前” names a day or month that does not exist; that part was left out.");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            Plan saved = ImportDocument.save(read.parsed().plan()).run(Session.of(ws));
            assertThat(saved.tasks()).hasSize(1);
        }
    }

    @Provide
    Arbitrary<String> phrase() {
        Arbitrary<Integer> year = Arbitraries.integers().between(0, 9999);
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 99);
        return Arbitraries.oneOf(
                year.map(y -> String.format("%04d年底前", y)),
                year.map(y -> String.format("到%04d年", y)),
                year.map(y -> String.format("%04d年起", y)),
                year.map(y -> String.format("%04d年前", y)),
                net.jqwik.api.Combinators.combine(year, month).as((y, m) -> String.format("%04d年%d月底前", y, m)),
                net.jqwik.api.Combinators.combine(year, month, day)
                        .as((y, m, d) -> String.format("%04d年%d月%d日前", y, m, d)),
                net.jqwik.api.Combinators.combine(year, year).as((a, b) -> String.format("%04d—%04d年", a, b)),
                net.jqwik.api.Combinators.combine(year, month).as((y, n) -> String.format("%04d年起%d年内", y, n)),
                day.map(d -> "每月" + d + "日前"),
                net.jqwik.api.Combinators.combine(month, day).as((m, d) -> "每年" + m + "月" + d + "日前"),
                month.map(m -> m + "月底前"));
    }

    @Property(tries = 300)
    void whateverYearADocumentPrintsImportJsonKeepsTheSchema(@ForAll("phrase") String phrase,
            @ForAll @IntRange(min = 0, max = 9999) int issuedYear) throws Exception {
        String text = "关于印发测试方案的通知\n\n一、重点任务\n（一）推进甲项工作，" + phrase + "完成。（省发展改革委负责）\n"
                + "\n山西省人民政府办公厅\n" + String.format("%04d年1月20日", issuedYear) + "\n";
        ImportDocument.Read read = ImportDocument.text("t", text);
        assertThat(PlanSchema.problems(MAPPER.readTree(new PlanJsonWriter().write(read.parsed()))))
                .as(text).isEmpty();
        Plan plan = read.parsed().plan();
        assertThat(UsableDates.in(plan)).as(text).isEmpty();
        assertThat(plan.issuedOn() == null || Dates.canShow(plan.issuedOn())).isTrue();
    }
}
