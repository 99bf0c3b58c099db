package org.luoshi.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PDF's text pasted into a .txt, its lines cut at the page's width (i14p); fixtures written by hand. */
class HardWrappedTextTest {
    private static final String WRAPPED = """
            深化“放管服”改革优化营商环境2021年重点任务分工方案
            一、推进简政放权，释放发展活力
            1.及时承接落实国务院和省、市政府取消、下放
            和改变管理方式的行政权力事项。对省、市调整
            下放的行政权力事项，组织开展评估工作，保障
            各承接事项有效落实。〔牵头单位：区政府办公
            室，责任单位：区政府有关部门〕
            - 2 -
            2.规范行政备案事项管理，编制并公布区级层面
            设定的行政备案事项清单。（牵头单位：区司法
            局；责任单位：区政府有关部门）
            """;

    @Test
    void linesCutAtOneWidthAreJoinedAgain() {
        assertThat(HardWrappedText.isHardWrapped(WRAPPED)).isTrue();
        String joined = HardWrappedText.unwrapped(WRAPPED);
        assertThat(joined).contains("取消、下放和改变管理方式").contains("〔牵头单位：区政府办公室，责任单位：区政府有关部门〕")
                .contains("（牵头单位：区司法局；责任单位：区政府有关部门）").doesNotContain("- 2 -");
        assertThat(joined.lines()).anyMatch(l -> l.startsWith("2.规范行政备案事项管理"));
    }

    @Test
    void paragraphsOfEveryLengthAndTablesAreLeftAsTheyAre() {
        String typed = """
                一、推进简政放权
                1.及时承接落实国务院和省、市政府取消、下放和改变管理方式的行政权力事项。（牵头单位：区政府办公室）
                2.规范行政备案事项管理。（牵头单位：区司法局）
                3.编制并公布区级层面设定的行政备案事项清单，做好公开工作。（牵头单位：区司法局；责任单位：区政府有关部门）
                4.深入研究论证区级行政权力事项。
                5.实施行政许可案卷评查。
                6.开展行政许可实施情况监督，及时通报。
                7.推行告知承诺制。
                """;
        assertThat(HardWrappedText.unwrapped(typed)).isEqualTo(typed);
        String box = WRAPPED.lines().map(l -> "│" + l + "│").reduce("", (a, b) -> a + b + "\n");
        assertThat(HardWrappedText.isHardWrapped(box)).isFalse();
        String tabs = WRAPPED.replace("，", "\t");
        assertThat(HardWrappedText.isHardWrapped(tabs)).isFalse();
    }
}
