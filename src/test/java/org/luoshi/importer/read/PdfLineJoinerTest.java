package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLineJoinerTest {
    private final PdfLineJoiner joiner = new PdfLineJoiner();

    @Test
    void wrappedLinesOfAParagraphAreJoined() {
        String pdf = "一、总体要求\n"
                + "（一）加强政务数据共享，推进企业开办注销、不\n"
                + "动产登记等常办事项集中办理\n"
                + "1．推动实现企业开办、涉企不动产登记、员工录\n"
                + "用等“一件事一次办”。（省市场监管局、省自然资\n"
                + "源厅按职责分工负责）\n";
        assertThat(joiner.join(pdf).lines().toList()).containsExactly(
                "一、总体要求",
                "（一）加强政务数据共享，推进企业开办注销、不动产登记等常办事项集中办理",
                "1．推动实现企业开办、涉企不动产登记、员工录用等“一件事一次办”。（省市场监管局、省自然资源厅按职责分工负责）");
    }

    @Test
    void shortLinesSignaturesAndNumberedHeadingsStayLines() {
        String pdf = "山西省人民政府办公厅关于印发某某方案的通知\n"
                + "晋政办发〔2023〕1号\n"
                + "山西省人民政府办公厅\n"
                + "2023年1月20日\n";
        assertThat(joiner.join(pdf).lines().toList()).containsExactly(
                "山西省人民政府办公厅关于印发某某方案的通知", "晋政办发〔2023〕1号", "山西省人民政府办公厅", "2023年1月20日");
    }

    @Test
    void pageNumbersAreDropped() {
        String pdf = "1．坚持保主体。（省市场监管局牵头）\n— 3 —\n2．推动落实。（省商务厅牵头）\n- 4 -\n";
        assertThat(joiner.join(pdf).lines().toList()).containsExactly(
                "1．坚持保主体。（省市场监管局牵头）", "2．推动落实。（省商务厅牵头）");
    }

    @Test
    void itemNumbersOfAThousandAndUpStartTheirOwnLines() {
        String pdf = "999．推动实现企业开办、涉企不动产登记、员工录用等一件事\n"
                + "1000．推动实现企业开办、涉企不动产登记、员工录用等一件\n"
                + "2024、2025年连续两年开展专项行动，推动实现企业开办等\n"
                + "1001．推进某项工作。\n";
        assertThat(joiner.join(pdf).lines().toList()).containsExactly(
                "999．推动实现企业开办、涉企不动产登记、员工录用等一件事",
                "1000．推动实现企业开办、涉企不动产登记、员工录用等一件2024、2025年连续两年开展专项行动，推动实现企业开办等",
                "1001．推进某项工作。");
    }

    @Test
    void aParagraphOfManyWrappedLinesIsJoinedWhole() {
        String wrapped = "推动实现企业开办、涉企不动产登记、员工录用等一件事一次办\n";
        String pdf = "一、总体要求\n" + wrapped.repeat(20_000) + "（省市场监管局负责）\n";
        List<String> lines = joiner.join(pdf).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).hasSize((wrapped.length() - 1) * 20_000 + "（省市场监管局负责）".length());
    }

    /** Rows the reader printed for a table (cells parted by tabs) stay as printed, and prose wraps as without them. */
    @Test
    void tableRowsStandAloneAndLeaveTheWidthToTheProse() {
        String row = "\t开展涉企违规收费专项整治，推动实现企业开办、涉企不动产登记、员工录用等一件事一次办\t市市场监管局\t\t长期坚持";
        String pdf = "推动实现企业开办、涉企不动产登记、员工\n录用等一件事。\n" + (row + "\n").repeat(10)
                + "推动实现企业开办、涉企不动产登记、员工\n录用等一件事。\n";
        List<String> lines = joiner.join(pdf).lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo("推动实现企业开办、涉企不动产登记、员工录用等一件事。");
        assertThat(lines.subList(1, 11)).containsOnly(row);
        assertThat(lines.get(11)).isEqualTo(lines.get(0));
    }
}
