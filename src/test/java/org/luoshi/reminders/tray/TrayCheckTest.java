package org.luoshi.reminders.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TrayCheckTest {
    private final AtomicInteger asked = new AtomicInteger();

    private Supplier<TrayPresence> xServerSays(TrayPresence answer) {
        return () -> {
            asked.incrementAndGet();
            return answer;
        };
    }

    @Test
    void onX11NoTrayMeansAwtIsNotLoaded() {
        assertThat(TrayCheck.worthAskingAwt(false, "Linux", xServerSays(TrayPresence.ABSENT))).isFalse();
        assertThat(TrayCheck.worthAskingAwt(false, "FreeBSD", xServerSays(TrayPresence.ABSENT))).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void onX11ATrayOrAnyDoubtLeavesItToAwt() {
        assertThat(TrayCheck.worthAskingAwt(false, "Linux", xServerSays(TrayPresence.PRESENT))).isTrue();
        assertThat(TrayCheck.worthAskingAwt(false, "Linux", xServerSays(TrayPresence.UNKNOWN))).isTrue();
    }

    @Test
    void headlessNeverAsksAnybody() {
        assertThat(TrayCheck.worthAskingAwt(true, "Linux", xServerSays(TrayPresence.PRESENT))).isFalse();
        assertThat(asked).hasValue(0);
    }

    @Test
    void windowsAndMacTraysAreNotX11s() {
        assertThat(TrayCheck.worthAskingAwt(false, "Windows 11", xServerSays(TrayPresence.ABSENT))).isTrue();
        assertThat(TrayCheck.worthAskingAwt(false, "Mac OS X", xServerSays(TrayPresence.ABSENT))).isTrue();
        assertThat(asked).as("an X server a Windows user runs is not the Windows tray").hasValue(0);
        assertThat(TrayCheck.usesX11(null)).isFalse();
    }
}
