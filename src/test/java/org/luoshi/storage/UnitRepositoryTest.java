package org.luoshi.storage;

import org.luoshi.plan.UnitTaskCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Unit;

class UnitRepositoryTest extends EngineTest {

    @TempDir
    Path dir;

    @Test
    void twoPlansNamingTheSameUnitShareOneUnitRow() {
        try (Workspace ws = open(dir.resolve("workspace.db"))) {
            Plan first = ws.plans().save(SamplePlans.small("晋1号", "省发展改革委", "省财政厅"));
            // Printed with stray spaces in the second plan: still the same unit after strip.
            Plan second = ws.plans().save(SamplePlans.small("晋2号", " 省发展改革委 ", "省教育厅"));

            assertThat(ws.units().all()).extracting(Unit::name).containsExactly("省发展改革委", "省教育厅", "省财政厅");
            Unit ndrc = ws.units().byName("省发展改革委").orElseThrow();
            assertThat(first.tasks().get(0).assignments().get(0).unit()).isEqualTo(ndrc);
            assertThat(second.tasks().get(0).assignments().get(0).unit()).isEqualTo(ndrc);
            assertThat(MigrationsTest.query(ws,
                    "SELECT count(*) FROM assignment WHERE unit_id = " + ndrc.id())).containsExactly("2");

            ws.plans().delete(first.id());

            assertThat(ws.units().byName("省发展改革委")).contains(ndrc);
            assertThat(ws.units().byName("省财政厅")).isPresent(); // the directory keeps it
            Plan reloaded = ws.plans().load(second.id()).orElseThrow();
            assertThat(reloaded.tasks().get(0).assignments().get(0).unit()).isEqualTo(ndrc);
            assertThat(ws.units().taskCounts()).containsExactly(
                    new UnitTaskCount(ndrc, 1),
                    new UnitTaskCount(ws.units().byName("省教育厅").orElseThrow(), 1),
                    new UnitTaskCount(ws.units().byName("省财政厅").orElseThrow(), 0));
        }
    }

    @Test
    void findOrCreateGivesTheExistingUnitForTheSameName() {
        try (Workspace ws = open(dir.resolve("workspace.db"))) {
            Unit created = ws.units().findOrCreate("人行太原中心支行");
            assertThat(created.id()).isPositive();
            assertThat(ws.units().findOrCreate("  人行太原中心支行\t")).isEqualTo(created);
            assertThat(ws.units().findOrCreate("各市、县人民政府")).isNotEqualTo(created);
            assertThat(ws.units().all()).hasSize(2);
        }
    }

    @Test
    void blankAndUnknownNames() {
        try (Workspace ws = open(dir.resolve("workspace.db"))) {
            assertThat(ws.units().byName("省审批服务管理局")).isEmpty();
            assertThat(ws.units().byName("  ")).isEmpty();
            assertThatThrownBy(() -> ws.units().findOrCreate(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(ws.units().all()).isEmpty();
        }
    }
}
