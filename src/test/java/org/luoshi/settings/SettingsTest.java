package org.luoshi.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.i18n.Messages;
import org.luoshi.lights.LightThresholds;
import org.luoshi.storage.Workspace;

class SettingsTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void userSettingsSurviveSavingAndAMissingFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("配置/settings.properties");
        assertThat(UserSettingsFile.load(file)).isEqualTo(UserSettings.DEFAULT);
        UserSettings chosen = new UserSettings(Language.ENGLISH, Path.of("/usr/share/fonts/文泉驿/wqy-microhei.ttc"));
        UserSettingsFile.save(file, chosen);
        assertThat(UserSettingsFile.load(file)).isEqualTo(chosen);
        assertThat(Files.list(file.getParent())).hasSize(1); // no temporary file left behind

        UserSettings paneHidden = chosen.withDetailPaneShown(false);
        UserSettingsFile.save(file, paneHidden);
        assertThat(UserSettingsFile.load(file)).isEqualTo(paneHidden);
        assertThat(UserSettingsFile.load(file).detailPaneShown()).isFalse();

        UserSettings headers = paneHidden.withTableHeaders(java.util.Map.of("推进 主体:", "RESPONSIBLE", "主要工作", "TASK"));
        UserSettingsFile.save(file, headers);
        assertThat(UserSettingsFile.load(file)).isEqualTo(headers);
        assertThat(UserSettingsFile.load(file).withLanguage(Language.CHINESE).tableHeaders())
                .as("kept when another setting changes").containsEntry("主要工作", "TASK");
        assertThat(UserSettings.DEFAULT.detailPaneShown()).isTrue();

        // The folder the last chooser was left in, read at the next start; kept when another setting changes.
        UserSettings folder = headers.withLastFolder(Path.of("/home/办公室/分工表 2023"));
        UserSettingsFile.save(file, folder);
        assertThat(UserSettingsFile.load(file).lastFolder()).isEqualTo(Path.of("/home/办公室/分工表 2023"));
        assertThat(UserSettingsFile.load(file).withUserName("王").withPdfFont(null).lastFolder())
                .isEqualTo(Path.of("/home/办公室/分工表 2023"));
        assertThat(UserSettings.DEFAULT.lastFolder()).isNull();
        UserSettings divider = folder.withDetailDivider(0.7);
        UserSettingsFile.save(file, divider);
        assertThat(UserSettingsFile.load(file)).isEqualTo(divider);
        assertThat(UserSettings.DEFAULT.detailDivider()).isZero();
    }

    @Test
    void aDamagedUserSettingsFileGivesDefaultsNotAFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.properties"), "language=KLINGON\npdf.font=\n");
        assertThat(UserSettingsFile.load(file)).isEqualTo(UserSettings.DEFAULT);
        Files.write(file, new byte[] {'l', '=', '\\', 'u', '1'}); // a broken \\u escape
        assertThat(UserSettingsFile.load(file)).isEqualTo(UserSettings.DEFAULT);
    }

    @Test
    void workspaceSettingsAreStoredInTheWorkspace() {
        Path file = dir.resolve("w.db");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(WorkspaceSettings.load(ws)).isEqualTo(WorkspaceSettings.DEFAULT);
            new WorkspaceSettings(new LightThresholds(10, 5), List.of(5, 1), "省市场监管局").save(ws);
        }
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceSettings s = WorkspaceSettings.load(ws);
            assertThat(s.lights()).isEqualTo(new LightThresholds(10, 5));
            assertThat(s.reminderOffsets()).containsExactly(5, 1);
            assertThat(s.myUnit()).isEqualTo("省市场监管局");
            s.withMyUnit(null).save(ws);
            assertThat(ws.settings().get(WorkspaceSettings.MY_UNIT)).isEmpty();
        }
    }

    @Test
    void theDefaultOffsetsAreTheRemindersOfPlansWithoutRulesOfTheirOwn() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            assertThat(ws.reminders().ruleBook().forPlan(1)).isEqualTo(org.luoshi.reminders.ReminderRules.DEFAULT);
            WorkspaceSettings.DEFAULT.withReminderOffsets(List.of(5, 1)).save(ws);
            assertThat(ws.reminders().ruleBook().forPlan(1)).isEqualTo(org.luoshi.reminders.ReminderRules.of(5, 1));
        }
    }

    @Test
    void thePaceAllowanceIsReadFromTheOldKeyUntilSavedUnderTheNewOne() {
        try (Workspace ws = Workspace.open(dir.resolve("old.db"))) {
            ws.settings().putAll(Map.of(WorkspaceSettings.PACE_GRACE, "8"));
            assertThat(WorkspaceSettings.load(ws).lights().paceGracePercent()).isEqualTo(8);
            WorkspaceSettings.load(ws).save(ws);
            assertThat(ws.settings().all()).containsEntry(WorkspaceSettings.PACE_ALLOWANCE, "8")
                    .doesNotContainKey(WorkspaceSettings.PACE_GRACE);
            ws.settings().putAll(Map.of(WorkspaceSettings.PACE_ALLOWANCE, "3", WorkspaceSettings.PACE_GRACE, "9"));
            assertThat(WorkspaceSettings.load(ws).lights().paceGracePercent()).isEqualTo(3);
        }
        assertThat(WorkspaceSettings.fromMap(Map.of()).lights().paceGracePercent()).isEqualTo(5);
    }

    @Test
    void unreadableStoredValuesFallBackToDefaults() {
        WorkspaceSettings s = WorkspaceSettings.fromMap(Map.of(WorkspaceSettings.DUE_SOON_DAYS, "七",
                WorkspaceSettings.PACE_GRACE, "500", WorkspaceSettings.REMINDER_OFFSETS, "a, b"));
        assertThat(s).isEqualTo(WorkspaceSettings.DEFAULT);
    }

    @Test
    void reminderOffsetsReadChineseSeparatorsLargestFirstOnce() {
        assertThat(ReminderOffsets.parse("1、7，3, 0 3")).containsExactly(7, 3, 1, 0);
        assertThat(ReminderOffsets.format(List.of(7, 3, 1, 0))).isEqualTo("7, 3, 1, 0");
        assertThat(ReminderOffsets.parse(" ")).isEmpty();
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> ReminderOffsets.parse("7, 三"))
                .hasMessage("“三”不是工作日数：请写成 7,3,1,0 这样（0 表示当天，最多 30）。");
        assertThatThrownBy(() -> ReminderOffsets.parse("31")).isInstanceOf(IllegalArgumentException.class);
    }
}
