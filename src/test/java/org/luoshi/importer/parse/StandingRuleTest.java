package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandingRuleTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            工业和信息化部、发展改革委等负责。列第一位者为牵头单位，下同 | FIRST_LEADS
            排在第一位的部门为牵头部门                                 | FIRST_LEADS
            各项措施中列第一位的部门为牵头单位，其他为配合单位。         | FIRST_LEADS_OTHERS_COOPERATE
            排名第一的单位为牵头单位，其余单位为参与单位                 | FIRST_LEADS_OTHERS_COOPERATE
            列在首位的为牵头单位                                       | FIRST_LEADS
            责任分解中，列第一位的责任单位为牵头单位或汇总单位。         | FIRST_LEADS
            除标注“分别牵头”外，列第一位为牵头或汇总单位，下同           | FIRST_LEADS
            省发展改革委牵头，省财政厅配合                               | NONE
            其他为配合单位                                             | NONE
            ''                                                        | NONE
            """)
    void rulesStatedInText(String text, StandingRule rule) {
        assertThat(StandingRule.statedIn(text)).isEqualTo(rule);
        assertThat(rule.firstLeads()).isEqualTo(rule != StandingRule.NONE);
    }
}
