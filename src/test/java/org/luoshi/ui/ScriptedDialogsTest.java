package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fake answers in script order, records what it showed and asked, and refuses unscripted questions. */
class ScriptedDialogsTest {

    @Test
    void answersInOrderAndRecordsEverything() {
        ScriptedDialogs dialogs = new ScriptedDialogs().confirming(true, false).answeringText("  名称 ", " ")
                .savingTo(Path.of("out", "表"), null).choosingFolder(Path.of("folder"));

        assertThat(dialogs.confirm("t", "h", "x")).isTrue();
        assertThat(dialogs.confirm("t2", "h", "x")).isFalse();
        assertThat(dialogs.askText("name", null, "")).contains("名称");
        assertThat(dialogs.askText("blank", null, "")).isEmpty();
        assertThat(dialogs.chooseSaveFile("save", "表", DialogService.FileFilter.of("JSON", "*.json")))
                .contains(Path.of("out", "表.json"));
        assertThat(dialogs.chooseSaveFile("again", "表", DialogService.FileFilter.of("JSON", "*.json"))).isEmpty();
        assertThat(dialogs.chooseFolder("folder")).contains(Path.of("folder"));
        dialogs.inform(null, "i");
        dialogs.warn("w-h", "w");
        dialogs.error("e-h", "e");

        assertThat(dialogs.unusedAnswers()).isZero();
        assertThat(dialogs.asked()).extracting(ScriptedDialogs.Asked::title)
                .containsExactly("t", "t2", "name", "blank", "save", "again", "folder");
        assertThat(dialogs.shown()).extracting(ScriptedDialogs.Shown::kind).containsExactly(
                ScriptedDialogs.Kind.INFORM, ScriptedDialogs.Kind.WARN, ScriptedDialogs.Kind.ERROR);
        assertThat(dialogs.informations()).containsExactly("i");
        assertThat(dialogs.warnings()).containsExactly("w");
        assertThat(dialogs.errors()).containsExactly("e");
    }

    @Test
    void anUnscriptedQuestionFailsTheTest() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        assertThatThrownBy(() -> dialogs.chooseOpenFile("Open a plan", DialogService.FileFilter.of("txt", "*.txt")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Open a plan");
        assertThat(dialogs.asked()).extracting(ScriptedDialogs.Asked::question).containsExactly("chooseOpenFile");
    }
}
