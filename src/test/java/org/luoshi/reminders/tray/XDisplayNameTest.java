package org.luoshi.reminders.tray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XDisplayNameTest {
    @Test
    void localDisplays() {
        assertThat(XDisplayName.parse(":0")).contains(new XDisplayName("", 0, 0));
        assertThat(XDisplayName.parse(":1.2")).contains(new XDisplayName("", 1, 2));
        assertThat(XDisplayName.parse("unix:3")).contains(new XDisplayName("unix", 3, 0));
        assertThat(XDisplayName.parse(":0").orElseThrow().isLocal()).isTrue();
        assertThat(XDisplayName.parse("unix:3").orElseThrow().isLocal()).isTrue();
    }

    @Test
    void displaysOverTcp() {
        XDisplayName ssh = XDisplayName.parse("localhost:10.0").orElseThrow();
        assertThat(ssh).isEqualTo(new XDisplayName("localhost", 10, 0));
        assertThat(ssh.isLocal()).isFalse();
        assertThat(XDisplayName.parse("[::1]:1")).contains(new XDisplayName("::1", 1, 0));
    }

    @Test
    void formsThisProbeDoesNotSpeak() {
        assertThat(XDisplayName.parse(null)).isEmpty();
        assertThat(XDisplayName.parse("")).isEmpty();
        assertThat(XDisplayName.parse("wayland-0")).isEmpty();
        assertThat(XDisplayName.parse("decnet::0")).isEmpty();
        assertThat(XDisplayName.parse("/private/tmp/com.apple.launchd.x/org.xquartz:0")).isEmpty();
        assertThat(XDisplayName.parse(":x")).isEmpty();
        assertThat(XDisplayName.parse(":0.")).isEmpty();
        assertThat(XDisplayName.parse(":")).isEmpty();
    }
}
