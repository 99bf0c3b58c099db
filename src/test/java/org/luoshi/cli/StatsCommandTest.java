package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.report.PaceClass;
import org.luoshi.report.SampleRound;

/** {@code stats} on the sample plan with two filled rounds, as of 2023-03-28. */
class StatsCommandTest {
    @TempDir
    Path dir;

    String db;
    long planId;

    @BeforeEach
    void sample() throws Exception {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        SampleRound s = SampleRound.in(dir);
        planId = s.plan.id();
        s.ws.close();
        db = "--workspace=" + dir.resolve("sample.db");
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    private static int sum(JsonNode counts) {
        int sum = 0;
        for (PaceClass c : PaceClass.values()) {
            sum += counts.get(StatsCommand.word(c)).asInt();
        }
        return sum;
    }

    @Test
    void jsonHasTheTotalAndACountPerClassThatSumsToItOverallAndPerUnit() throws Exception {
        CliRun run = CliRun.of(db, "stats", "--plan", String.valueOf(planId), "--today", "2023-03-28", "--json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("total").asInt()).isEqualTo(47);
        assertThat(sum(root.get("counts"))).isEqualTo(47);
        // 18 done; 34 ahead; 29 on pace; 7 and 36 behind; 47 overdue; 41 undated (OverviewTest counts them).
        JsonNode c = root.get("counts");
        assertThat(new int[] {c.get("done").asInt(), c.get("ahead").asInt(), c.get("on_pace").asInt(),
                c.get("behind").asInt(), c.get("not_started").asInt(), c.get("overdue").asInt(),
                c.get("no_deadline").asInt()}).containsExactly(1, 1, 1, 2, 0, 1, 41);
        assertThat(root.get("units").size()).isPositive();
        for (JsonNode u : root.get("units")) {
            assertThat(sum(u.get("counts"))).as(u.get("unit").asText()).isEqualTo(u.get("total").asInt());
            assertThat(sum(u.get("lead").get("counts"))).isEqualTo(u.get("lead").get("total").asInt());
            assertThat(sum(u.get("responsible").get("counts"))).isEqualTo(u.get("responsible").get("total").asInt());
        }
        JsonNode approval = null;
        for (JsonNode u : root.get("units")) {
            if (u.get("unit").asText().equals(SampleRound.APPROVAL)) {
                approval = u;
            }
        }
        assertThat(approval).isNotNull();
        assertThat(approval.get("total").asInt()).isEqualTo(6);
        assertThat(approval.get("lead").get("total").asInt()).isEqualTo(5);
        assertThat(approval.get("lead").get("counts").get("done").asInt()).isEqualTo(1);
        assertThat(root.get("trend").size()).isEqualTo(2);
        assertThat(root.get("trend").get(1).get("done").asInt()).isEqualTo(1);
        assertThat(root.get("late").findValuesAsText("unit")).contains("省发展改革委").doesNotContain(SampleRound.APPROVAL);
    }

    @Test
    void aUnitAndAllPlans() throws Exception {
        CliRun run = CliRun.of(db, "stats", "--all", "--unit", "省发展改革委", "--today", "2023-03-28", "--json");
        assertThat(run.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("unit").asText()).isEqualTo("省发展改革委");
        assertThat(sum(root.get("counts"))).isEqualTo(root.get("total").asInt());
        assertThat(root.get("late").findValuesAsText("unit")).containsExactly("省发展改革委");
    }

    @Test
    void theTextTableNamesTheClassesInChinese() {
        CliRun run = CliRun.of(db, "stats", "--plan", String.valueOf(planId), "--today", "2023-03-28");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("共 47 项任务").contains("已完成\t1\t").contains("无时限\t41\t87.2%")
                .contains(SampleRound.APPROVAL + "\t6\t1\t0\t1\t0\t0\t0\t4\t5");
    }

    @Test
    void anUnknownPlanUnitOrDateIsOneLineAndExitTwo() {
        for (String[] args : new String[][] {
                {db, "stats", "--plan", "999", "--today", "2023-03-28"},
                {db, "stats", "--plan", String.valueOf(planId), "--unit", "火星局"},
                {db, "stats", "--plan", String.valueOf(planId), "--today", "明天"},
                {db, "stats"},
                {db, "stats", "--all", "--plan", String.valueOf(planId)}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).doesNotContain("\n").isNotEmpty();
        }
    }
}
