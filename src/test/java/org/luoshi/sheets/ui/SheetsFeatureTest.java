package org.luoshi.sheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.i18n.MessagesLocale;
import org.luoshi.plan.Plan;
import org.luoshi.session.CallerThreadTasks;
import org.luoshi.session.Session;
import org.luoshi.ui.ScriptedDialogs;
import org.luoshi.ui.ScriptedDialogs.Kind;
import org.luoshi.ui.ScriptedDialogs.Shown;

/** The menu actions without a plan on show: no window, but a word why. */
class SheetsFeatureTest {
    @RegisterExtension
    static final MessagesLocale LANGUAGE = MessagesLocale.chinese();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty(false);
    private final SheetsFeature feature = new SheetsFeature(null, new Session(new CallerThreadTasks()), w -> dialogs,
            new SimpleObjectProperty<Plan>(null), loaded, Clock.systemDefaultZone(), said -> { });

    @Test
    void withoutAPlanItSaysTheWorkspaceIsOpeningOrHasNoPlan() {
        feature.exportSheets();
        loaded.set(true);
        feature.printSheet();
        assertThat(dialogs.shown()).containsExactly(new Shown(Kind.INFORM, "分工表", "正在打开工作区……"),
                new Shown(Kind.INFORM, "分工表", "还没有方案，无法生成分工表。"));
        assertThat(dialogs.asked()).isEmpty();
    }
}
