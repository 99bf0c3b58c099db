package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.ui.DialogService.FileFilter;
import org.luoshi.ui.ScriptedDialogs.Asked;

/**
 * The fake answers in script order, records what it showed and asked (with the initial text or file
 * name and the filters offered), and refuses unscripted questions unless told to cancel them.
 */
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

    @Test
    void eachQuestionIsRecordedWithWhatItOffered() {
        FileFilter json = FileFilter.of("JSON", "*.json");
        FileFilter text = FileFilter.of("Text", "*.txt", "*.md");
        ScriptedDialogs dialogs = new ScriptedDialogs().confirming(true).answeringText("b")
                .openingFile(Path.of("in.json")).savingTo(Path.of("out.json")).choosingFolder(Path.of("f"));

        dialogs.confirm("Sure?", "header", "text");
        dialogs.askText("Name", "header", "a");
        dialogs.chooseOpenFile("Open", List.of(json, text));
        dialogs.chooseSaveFile("Save", "plan.json", json);
        dialogs.chooseFolder("Folder");

        assertThat(dialogs.asked()).containsExactly(
                new Asked("confirm", "Sure?", null, List.of()),
                new Asked("askText", "Name", "a", List.of()),
                Asked.openFile("Open", json, text),
                Asked.saveFile("Save", "plan.json", json),
                Asked.folder("Folder"));
        assertThat(dialogs.asked().get(2)).isEqualTo(new Asked("chooseOpenFile", "Open", null, List.of(json, text)));
    }

    @Test
    void cancellingUnansweredCancelsWhatTheScriptLeavesOpenAfterItsAnswersRunOut() {
        ScriptedDialogs dialogs = new ScriptedDialogs().savingTo(Path.of("a.json")).cancellingUnanswered();
        FileFilter json = FileFilter.of("JSON", "*.json");

        assertThat(dialogs.chooseSaveFile("first", "a", json)).contains(Path.of("a.json"));
        assertThat(dialogs.chooseSaveFile("second", "b", json)).isEmpty();
        assertThat(dialogs.confirm("c", "h", "x")).isFalse();
        assertThat(dialogs.askText("t", "h", "initial")).isEmpty();
        assertThat(dialogs.chooseOpenFile("o", json)).isEmpty();
        assertThat(dialogs.chooseFolder("f")).isEmpty();

        assertThat(dialogs.asked()).extracting(Asked::title).containsExactly("first", "second", "c", "t", "o", "f");
        assertThat(dialogs.unusedAnswers()).isZero();
    }
}
