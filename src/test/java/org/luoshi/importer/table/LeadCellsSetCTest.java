package org.luoshi.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.importer.parse.StandingRule;

/** A 牵头单位 cell whose units share the work (按职责分工负责) names no lead (issue 14, set C). */
class LeadCellsSetCTest {
    private final UnitCells cells = new UnitCells();

    private String read(String cell) {
        UnitCells.Units u = cells.read(cell, TableColumn.LEAD, StandingRule.NONE, false);
        return u.assignments().stream().map(a -> a.role() + ":" + a.unit().name()).toList() + (u.others() ? " others" : "");
    }

    /** 浙江 2026 row 12 (holdout14c). */
    @Test
    void unitsThatShareTheWorkAreResponsibleEvenInTheLeadColumn() {
        assertThat(read("省经信厅、省科技厅按职责分工负责")).isEqualTo("[RESPONSIBLE:省经信厅, RESPONSIBLE:省科技厅]");
    }

    /** A second wording: 数字广东建设2025年工作要点 task 6, as a 牵头单位 cell. */
    @Test
    void aSecondWordingWithOthers() {
        assertThat(read("省工业和信息化厅、科技厅、政务和数据局等单位按职责分工负责"))
                .isEqualTo("[RESPONSIBLE:省工业和信息化厅, RESPONSIBLE:科技厅, RESPONSIBLE:政务和数据局] others");
    }

    @Test
    void aPlainListOrAVerbOfItsOwnStillLeads() {
        assertThat(read("省委组织部、省人力社保厅")).isEqualTo("[LEAD:省委组织部, LEAD:省人力社保厅]");
        assertThat(read("市政府办公室负责")).isEqualTo("[LEAD:市政府办公室]");
    }
}
