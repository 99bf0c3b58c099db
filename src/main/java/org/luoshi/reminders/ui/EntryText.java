package org.luoshi.reminders.ui;

import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueEntry;
import org.luoshi.reminders.DueText;

/** One due entry as a line of text, for the digest, notifications and the tray. */
final class EntryText {
    private EntryText() {
    }

    /** 2023年6月30日 · 还有7个工作日 · 任务29：国家目录内…达到80%. */
    static String line(DueEntry e) {
        return Dates.format(e.item().date()) + " · " + DueText.urgency(e) + " · "
                + Messages.get("ics.summary", e.item().taskNumber(), e.item().title());
    }
}
