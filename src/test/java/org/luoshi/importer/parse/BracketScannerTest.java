package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BracketScannerTest {
    private final BracketScanner scanner = new BracketScanner();

    @Test
    void nestedBracketsStayInsideTheirClause() {
        String text = "加强资源保障。（责任部门：市发展改革委、市住房城乡建设管理委（市重大办）、市经济信息化委等，各区）";
        List<Bracketed> spans = scanner.outermost(text);
        assertThat(spans).hasSize(1);
        Bracketed clause = spans.get(0);
        assertThat(clause.content()).isEqualTo("责任部门：市发展改革委、市住房城乡建设管理委（市重大办）、市经济信息化委等，各区");
        assertThat(clause.start()).isEqualTo(text.indexOf('（'));
        assertThat(clause.end()).isEqualTo(text.length());
        assertThat(text.substring(clause.start(), clause.end())).startsWith("（").endsWith("）");
    }

    @Test
    void everyOutermostSpanInOrder() {
        String text = "落实《方案（2022-2025年）》，合理安排有关省（市）的用地计划。（负责部门：自然资源部）";
        assertThat(scanner.outermost(text)).extracting(Bracketed::content)
                .containsExactly("2022-2025年", "市", "负责部门：自然资源部");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            发挥贷款市场报价利率(LPR)的指导作用      | LPR
            强化中央水利救灾资金【抗旱】的使用       | 抗旱
            开展［试点］工作                       | 试点
            推广[REITs]试点                        | REITs
            纳入试点范围。〔责任单位：省商务厅〕       | 责任单位：省商务厅
            开展｛试点｝工作                       | 试点
            """)
    void otherBracketShapes(String text, String content) {
        assertThat(scanner.outermost(text)).extracting(Bracketed::content).containsExactly(content);
    }

    @Test
    void unbalancedBracketsDoNotThrow() {
        assertThat(scanner.outermost("（省发展改革委牵头")).isEmpty();
        assertThat(scanner.outermost("省发展改革委牵头）")).isEmpty();
        assertThat(scanner.outermost("））（省财政厅负责）")).extracting(Bracketed::content).containsExactly("省财政厅负责");
        assertThat(scanner.outermost("")).isEmpty();
    }

    @Test
    void tortoiseShellBracketsNestWithTheOthers() {
        // 〔…〕 holds clauses in some provinces' plans (四川 2022: 〔责任单位：…按职责分工负责。…〕), and
        // a document number 川办发〔2022〕3号 inside a round bracket stays inside it.
        String text = "加强市场体系建设。〔责任单位：省发展改革委（牵头）、商务厅〕依据（川办发〔2022〕3号）";
        assertThat(scanner.outermost(text)).extracting(Bracketed::content)
                .containsExactly("责任单位：省发展改革委（牵头）、商务厅", "川办发〔2022〕3号");
    }
}
