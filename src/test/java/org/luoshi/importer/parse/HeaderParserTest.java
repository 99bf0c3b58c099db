package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderParserTest {
    private final HeaderParser parser = new HeaderParser();

    private DocumentHeader front(String text) {
        return parser.parse(Texts.lines(text), List.of());
    }

    @Test
    void shanxiNoticeWithSignatureAndTwoLinePlanTitle() {
        DocumentHeader h = front("""
                山西省人民政府办公厅关于印发落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知

                晋政办发〔2023〕1号

                各市、县人民政府，省人民政府各委、办、厅、局：
                《落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。

                山西省人民政府办公厅
                2023年1月20日
                （此件公开发布）

                落实第十次全国深化“放管服”改革
                电视电话会议重点任务分工方案

                按照第十次全国深化“放管服”改革电视电话会议重点任务安排，结合我省深化“放管服”改革持续优化营商环境电视电话会议有关要求，制定本方案。
                """);
        assertThat(h.notice()).isEqualTo("山西省人民政府办公厅关于印发落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知");
        assertThat(h.docNumber()).isEqualTo("晋政办发〔2023〕1号");
        assertThat(h.issuer()).isEqualTo("山西省人民政府办公厅");
        assertThat(h.issuedOn()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(h.title()).isEqualTo("落实第十次全国深化“放管服”改革电视电话会议重点任务分工方案");
    }

    @Test
    void noticeBrokenOverTwoLinesSignedAtTheEnd() {
        List<SourceLine> front = Texts.lines("""
                国务院关于支持自由贸易试验区
                深化改革创新若干措施的通知
                国发〔2018〕38号
                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                建设自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新形势下全面深化改革和扩大开放的战略举措。现将有关事项通知如下：
                """);
        List<SourceLine> tail = Texts.lines("""
                国务院
                2018年11月7日
                （此件公开发布）
                """);
        DocumentHeader h = parser.parse(front, tail);
        assertThat(h.notice()).isEqualTo("国务院关于支持自由贸易试验区深化改革创新若干措施的通知");
        assertThat(h.docNumber()).isEqualTo("国发〔2018〕38号");
        assertThat(h.issuer()).isEqualTo("国务院");
        assertThat(h.issuedOn()).isEqualTo(LocalDate.of(2018, 11, 7));
    }

    @Test
    void opinionPrintedDirectlyIsThePlanTitleNotANotice() {
        DocumentHeader h = front("""
                国务院关于加快推进农业机械化和
                农机装备产业转型升级的指导意见
                国发〔2018〕42号
                各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
                农业机械化和农机装备是转变农业发展方式、提高农村生产力的重要基础。现提出以下意见。
                """);
        assertThat(h.notice()).isNull();
        assertThat(h.title()).isEqualTo("国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见");
        assertThat(h.docNumber()).isEqualTo("国发〔2018〕42号");
        assertThat(h.issuer()).isNull();
        assertThat(h.issuedOn()).isNull();
    }

    @Test
    void noticeWithoutDocumentNumberAndBlankLinesInTheSignature() {
        DocumentHeader h = front("""
                关于印发《上海市贯彻落实〈关于进一步促进民间投资发展的若干措施〉的行动方案》的通知

                各区人民政府，各有关单位：

                为贯彻落实《关于进一步促进民间投资发展的若干措施》（国办发〔2025〕38号），进一步激发民间投资活力，现印发给你们，请按照执行。

                上海市发展和改革委员会

                2026年7月17日

                上海市贯彻落实《关于进一步促进民间投资发展的若干措施》的行动方案

                为贯彻落实《关于进一步促进民间投资发展的若干措施》（国办发〔2025〕38号），结合我市情况，制定本行动方案。
                """);
        assertThat(h.notice()).isEqualTo("关于印发《上海市贯彻落实〈关于进一步促进民间投资发展的若干措施〉的行动方案》的通知");
        assertThat(h.docNumber()).isNull();
        assertThat(h.issuer()).isEqualTo("上海市发展和改革委员会");
        assertThat(h.issuedOn()).isEqualTo(LocalDate.of(2026, 7, 17));
        assertThat(h.title()).isEqualTo("上海市贯彻落实《关于进一步促进民间投资发展的若干措施》的行动方案");
    }

    @Test
    void planTitleTakenFromTheNoticeWhenNotPrintedAgain() {
        DocumentHeader h = front("""
                省人民政府办公厅关于印发优化营商环境三年行动方案的通知
                各市人民政府，省人民政府各部门：
                现将《优化营商环境三年行动方案》印发给你们，请认真贯彻执行。
                """);
        assertThat(h.notice()).isEqualTo("省人民政府办公厅关于印发优化营商环境三年行动方案的通知");
        assertThat(h.title()).isEqualTo("优化营商环境三年行动方案");
    }

    @Test
    void tableRowsPrintedAfterTheSignatureAreNoPartOfThePlanTitle() {
        DocumentHeader h = front("""
                某市人民政府办公室
                2024年2月1日
                数字政府建设推进清单
                类别\t主要工作\t推进主体\t协同单位\t办结时间
                数字政府\t建设完善政务数据共享交换平台。\t市数据局\t市财政局\t2024年6月底前
                """);
        assertThat(h.title()).isEqualTo("数字政府建设推进清单");
        DocumentHeader top = front("类别\t主要工作\t推进主体\n数字政府\t建设平台。\t市数据局\n");
        assertThat(top.title()).as("a table at the top is no title").isNull();
    }

    @Test
    void documentWithoutHeader() {
        DocumentHeader none = parser.parse(List.of(), List.of());
        assertThat(none).isEqualTo(new DocumentHeader(null, null, null, null, null));

        DocumentHeader paragraphOnly = front("为进一步优化营商环境，激发市场主体活力，结合我省实际，制定本方案。\n");
        assertThat(paragraphOnly.notice()).isNull();
        assertThat(paragraphOnly.title()).isNull();
        assertThat(paragraphOnly.docNumber()).isNull();
        assertThat(paragraphOnly.issuer()).isNull();
        assertThat(paragraphOnly.issuedOn()).isNull();
    }

    @Test
    void chineseNumeralDateInTheSignature() {
        DocumentHeader h = front("""
                山西省人民政府办公厅关于印发优化营商环境行动方案的通知
                晋政办发〔2023〕1号
                山西省人民政府办公厅
                二〇二三年一月二十日
                """);
        assertThat(h.issuer()).isEqualTo("山西省人民政府办公厅");
        assertThat(h.issuedOn()).isEqualTo(LocalDate.of(2023, 1, 20));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            二〇二三年一月二十日,   2023-01-20
            二○二三年一月二十日,   2023-01-20
            二〇一八年十一月七日,   2018-11-07
            二〇一八年十二月三十一日, 2018-12-31
            2023年1月20日,         2023-01-20
            2018年12月21日,        2018-12-21
            """)
    void signingDates(String text, LocalDate date) {
        assertThat(HeaderParser.date(text)).isEqualTo(date);
    }

    @ParameterizedTest(name = "not a signing date: {0}")
    @CsvSource(textBlock = """
            2023年2月30日
            二〇二三年十三月一日
            2023年1月20日前完成
            到2025年
            """)
    void notSigningDates(String text) {
        assertThat(HeaderParser.date(text)).isNull();
    }

    @Test
    void signatureStartIsTheIssuerLineBeforeTheClosingDate() {
        List<SourceLine> lines = Texts.lines("""
                一、重点任务
                1．加强组织领导。（省发展改革委牵头）
                国务院
                2018年11月7日
                （此件公开发布）
                """);
        assertThat(parser.signatureStart(lines)).isEqualTo(2);
    }

    @Test
    void signatureStartSkipsBlankLines() {
        List<SourceLine> lines = Texts.lines("1．加强组织领导。（省发展改革委牵头）\n\n上海市发展和改革委员会\n\n2026年7月17日\n\n");
        assertThat(parser.signatureStart(lines)).isEqualTo(2);
    }

    @Test
    void signatureStartWithChineseNumeralDate() {
        List<SourceLine> lines = Texts.lines("1．加强组织领导。（省发展改革委牵头）\n山西省人民政府办公厅\n二〇二三年一月二十日");
        assertThat(parser.signatureStart(lines)).isEqualTo(1);
    }

    @Test
    void noSignatureAtTheEnd() {
        List<SourceLine> lines = Texts.lines("一、重点任务\n1．加强组织领导。（省发展改革委牵头）\n2．2023年底前完成。（省财政厅负责）\n");
        assertThat(parser.signatureStart(lines)).isEqualTo(lines.size());
        assertThat(parser.signatureStart(List.of())).isZero();
    }

    @Test
    void attachmentLineIsNotThePlanTitle() {
        DocumentHeader h = front("""
                省人民政府办公厅关于印发数字政府建设重点任务分工方案的通知
                各市人民政府：
                现将《数字政府建设重点任务分工方案》印发给你们，请认真贯彻执行。
                省人民政府办公厅
                2024年1月5日
                附件1
                数字政府建设重点任务分工方案
                """);
        assertThat(h.title()).isEqualTo("数字政府建设重点任务分工方案");
    }

    @Test
    void signatureStartSkipsDistributionLinesAndPublicationNote() {
        List<SourceLine> lines = Texts.lines("""
                1．加强组织领导。（省发展改革委牵头）
                山西省人民政府办公厅
                2023年1月20日
                （此件公开发布）
                抄送：省委各部门，省人大常委会办公厅。
                山西省人民政府办公厅2023年1月20日印发
                """);
        assertThat(parser.signatureStart(lines)).isEqualTo(1);
    }

    @Test
    void aPublicationNoteAloneClosesTheBody() {
        List<SourceLine> lines = Texts.lines("1．加强组织领导。（省发展改革委牵头）\n（此件公开发布）\n\n");
        assertThat(parser.signatureStart(lines)).isEqualTo(1);
    }
}
