package org.luoshi.reminders.tray;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XTrayProbeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final byte[] COOKIE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @TempDir
    Path dir;

    @Test
    void noAtomOfThatNameMeansNoTray() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupAccepted(10));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.reply(1, 0));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 0, TIMEOUT)).isEqualTo(TrayPresence.ABSENT);
            ByteBuffer setup = x.requests.get(0);
            assertThat((char) setup.get(0)).isEqualTo('l');
            assertThat(setup.getShort(2)).isEqualTo((short) 11);
            assertThat(setup.getShort(6)).as("no authorisation name").isZero();
            ByteBuffer intern = x.requests.get(1);
            assertThat(intern.get(0)).as("InternAtom").isEqualTo((byte) 16);
            assertThat(intern.get(1)).as("only if exists").isEqualTo((byte) 1);
            assertThat(intern.getShort(4)).isEqualTo((short) "_NET_SYSTEM_TRAY_S0".length());
            assertThat(new String(intern.array(), 8, 19, StandardCharsets.ISO_8859_1)).isEqualTo("_NET_SYSTEM_TRAY_S0");
            assertThat(intern.capacity()).as("8 bytes and the name padded to 20").isEqualTo(28);
            assertThat(x.requests).hasSize(2);
        }
    }

    @Test
    void anOwnerOfTheScreensTraySelectionIsATray() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupAccepted(2));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.reply(1, 301));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.reply(2, 0x400007));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 1, TIMEOUT)).isEqualTo(TrayPresence.PRESENT);
            assertThat(new String(x.requests.get(1).array(), 8, 19, StandardCharsets.ISO_8859_1))
                    .isEqualTo("_NET_SYSTEM_TRAY_S1");
            ByteBuffer owner = x.requests.get(2);
            assertThat(owner.get(0)).as("GetSelectionOwner").isEqualTo((byte) 23);
            assertThat(owner.getShort(2)).as("length in words").isEqualTo((short) 2);
            assertThat(owner.getInt(4)).as("the atom the server gave").isEqualTo(301);
        }
    }

    @Test
    void aNamedSelectionNobodyOwnsIsNoTray() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupAccepted(0));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.event(12));   // an Expose before the reply is passed over
            FakeXServer.send(c, FakeXServer.reply(1, 301));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.reply(2, 0));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 0, TIMEOUT)).isEqualTo(TrayPresence.ABSENT);
        }
    }

    @Test
    void theCookieIsSentWithTheSetUp() throws Exception {
        XAuthority.Entry cookie = new XAuthority.Entry(XAuthority.FAMILY_LOCAL, "vm".getBytes(StandardCharsets.ISO_8859_1),
                "0", XAuthority.MAGIC_COOKIE, COOKIE);
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupAccepted(1));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.reply(1, 0));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.of(cookie), 0, TIMEOUT)).isEqualTo(TrayPresence.ABSENT);
            ByteBuffer setup = x.requests.get(0);
            assertThat(setup.getShort(6)).isEqualTo((short) 18);
            assertThat(setup.getShort(8)).isEqualTo((short) 16);
            assertThat(new String(setup.array(), 12, 18, StandardCharsets.ISO_8859_1)).isEqualTo("MIT-MAGIC-COOKIE-1");
            byte[] sent = new byte[16];
            setup.get(12 + 20, sent);
            assertThat(sent).isEqualTo(COOKIE);
            assertThat(setup.capacity()).isEqualTo(12 + 20 + 16);
        }
    }

    @Test
    void aRefusedConnectionIsNoAnswer() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupRefused("No protocol specified"));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 0, TIMEOUT)).isEqualTo(TrayPresence.UNKNOWN);
            assertThat(x.requests).as("nothing asked after the refusal").hasSize(1);
        }
    }

    @Test
    void anErrorReplyIsNoAnswer() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> {
            s.readSetup(c);
            FakeXServer.send(c, FakeXServer.setupAccepted(0));
            s.readRequest(c);
            FakeXServer.send(c, FakeXServer.error(11, 1));
        })) {
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 0, TIMEOUT)).isEqualTo(TrayPresence.UNKNOWN);
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpOnAtTheDeadline() throws Exception {
        try (FakeXServer x = new FakeXServer(dir, (s, c) -> s.readSetup(c))) {
            long start = System.nanoTime();
            assertThat(XTrayProbe.ask(x.address, Optional.empty(), 0, Duration.ofMillis(300)))
                    .isEqualTo(TrayPresence.UNKNOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(290), TIMEOUT);
        }
    }

    @Test
    void noServerIsNoAnswer() {
        assertThat(XTrayProbe.ask(java.net.UnixDomainSocketAddress.of(dir.resolve("X9")), Optional.empty(), 0, TIMEOUT))
                .isEqualTo(TrayPresence.UNKNOWN);
        assertThat(XTrayProbe.ask(java.util.Map.of())).isEqualTo(TrayPresence.UNKNOWN);
        assertThat(XTrayProbe.ask(java.util.Map.of("DISPLAY", "nonsense"))).isEqualTo(TrayPresence.UNKNOWN);
    }
}
