package org.luoshi.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    /** ESC ] (OSC) window title, BEL, NUL, DEL, C1 NEL and CSI, a lone surrogate, U+FFFE and U+FFFF, U+10FFFF. */
    static final String HOSTILE = "省\u001b]0;pwn\u0007发\u0000改\u007f委\u0085\u009b\ud800局\ufffe\uffff\udbff\udfff\ufdd0";

    @Test
    void controlCharactersLoneSurrogatesAndNonCharactersAreRemoved() {
        assertThat(SafeText.text(HOSTILE)).isEqualTo("省]0;pwn发改委局");
        assertThat(SafeText.line(HOSTILE)).isEqualTo("省]0;pwn发改委局");
    }

    @Test
    void tabAndLineFeedAreKeptInTextAndBecomeSpacesInALine() {
        assertThat(SafeText.text("一\t二\r\n三\r四\n五")).isEqualTo("一\t二\n三\n四\n五");
        assertThat(SafeText.line("一\t二\r\n三\r四\n五")).isEqualTo("一 二 三 四 五");
    }

    @Test
    void emojiAndChineseStayAndCleanTextIsReturnedAsItIs() {
        String clean = "省发展改革委 👨‍👩‍👧 é 𠀀";
        assertThat(SafeText.text(clean)).isSameAs(clean);
        assertThat(SafeText.isClean(clean)).isTrue();
        assertThat(SafeText.isClean(HOSTILE)).isFalse();
    }

    @Test
    void cutNeverSplitsAGrapheme() {
        String family = "👨‍👩‍👧";
        assertThat(SafeText.cut("ab" + family + "c", 5)).isEqualTo("ab");
        assertThat(SafeText.cut("ab" + family + "c", 2 + family.length())).isEqualTo("ab" + family);
        assertThat(SafeText.cut("e\u0301e\u0301", 3)).isEqualTo("e\u0301");
        assertThat(SafeText.cut("short", 10)).isEqualTo("short");
    }
}
