package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The user guide's text in both languages: the same sections and pictures, every picture in the jar. */
class UserGuideTest {
    @Test
    void blocksAreReadFromTheGuidesMarkdown() {
        List<UserGuide.Block> blocks = UserGuide.parse("""
                # 标题

                第一行
                第二行
                ![主窗口](screenshot-main.png)
                - 一项
                - 两项
                """);
        assertThat(blocks).containsExactly(new UserGuide.Heading(1, "标题"), new UserGuide.Paragraph("第一行 第二行"),
                new UserGuide.Picture("主窗口", "screenshot-main.png"), new UserGuide.Item("一项"),
                new UserGuide.Item("两项"));
    }

    @Test
    void chineseAndEnglishHaveTheSameSectionsAndPicturesAndEveryPictureIsThere() {
        List<UserGuide.Block> zh = UserGuide.parse(UserGuide.text(Locale.SIMPLIFIED_CHINESE));
        List<UserGuide.Block> en = UserGuide.parse(UserGuide.text(Locale.ENGLISH));
        assertThat(zh.get(0)).isEqualTo(new UserGuide.Heading(1, "落实 使用说明"));
        assertThat(en.get(0)).isEqualTo(new UserGuide.Heading(1, "Luoshi user guide"));
        assertThat(zh).filteredOn(b -> b instanceof UserGuide.Heading).hasSize(9)
                .hasSameSizeAs(en.stream().filter(b -> b instanceof UserGuide.Heading).toList());
        List<String> zhPictures = zh.stream().filter(b -> b instanceof UserGuide.Picture)
                .map(b -> ((UserGuide.Picture) b).file()).toList();
        List<String> enPictures = en.stream().filter(b -> b instanceof UserGuide.Picture)
                .map(b -> ((UserGuide.Picture) b).file()).toList();
        assertThat(zhPictures).containsExactly("screenshot-review.png", "screenshot-main.png", "screenshot-timeline.png",
                "sheets-window.png", "reminders-centre.png").isEqualTo(enPictures);
        for (String file : zhPictures) {
            assertThat(UserGuide.class.getResource("/org/luoshi/help/" + file)).as(file).isNotNull();
        }
        assertThat(UserGuide.resource(Locale.SIMPLIFIED_CHINESE)).endsWith("guide_zh.md");
        assertThat(UserGuide.resource(Locale.ENGLISH)).endsWith("guide_en.md");
    }
}
