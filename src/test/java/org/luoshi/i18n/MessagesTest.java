package org.luoshi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void bothBundlesHaveEveryKey() throws IOException {
        Set<String> en = keys("/org/luoshi/i18n/messages.properties");
        Set<String> zh = keys("/org/luoshi/i18n/messages_zh.properties");
        assertThat(en).isNotEmpty();
        assertThat(difference(en, zh)).as("keys missing from messages_zh.properties").isEmpty();
        assertThat(difference(zh, en)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void chineseLocaleGetsChineseAndOthersEnglish() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.get("column.lead")).isEqualTo("牵头单位");
        Messages.setLocale(Locale.GERMANY);
        assertThat(Messages.get("column.lead")).isEqualTo("Lead");
    }

    @Test
    void argumentsAreFilledIn() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Messages.get("cli.import.saved", "3", 47)).isEqualTo("已保存方案 3，共 47 项任务。");
    }

    @Test
    void datesAreShownTheChineseWay() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(Dates.format(java.time.LocalDate.of(2023, 3, 31))).isEqualTo("2023年3月31日");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
