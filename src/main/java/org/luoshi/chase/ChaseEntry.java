package org.luoshi.chase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a task's chase log (催办记录): on {@code date} the office chased the task {@code how},
 * reached {@code who}, and was told {@code said}.
 */
public record ChaseEntry(long id, long taskId, LocalDate date, ChaseHow how, String who, String said) {
    public ChaseEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(how, "how");
        who = who == null ? "" : who.strip();
        said = said == null ? "" : said.strip();
    }

    public ChaseEntry withId(long newId) {
        return new ChaseEntry(newId, taskId, date, how, who, said);
    }

    /** "2023-04-02 电话 张三：本周内报送" as the history and the command line show it. */
    public String line() {
        return date + " " + how.chinese() + (who.isEmpty() ? "" : " " + who) + (said.isEmpty() ? "" : "：" + said);
    }
}
