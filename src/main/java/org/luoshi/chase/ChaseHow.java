package org.luoshi.chase;

import java.util.Locale;

/** How the office chased a task: by phone, in writing, on site, or otherwise. */
public enum ChaseHow {
    PHONE("电话"), LETTER("书面"), VISIT("现场"), OTHER("其他");

    private final String chinese;

    ChaseHow(String chinese) {
        this.chinese = chinese;
    }

    /** 电话, 书面, 现场, 其他: how the log and the documents name it. */
    public String chinese() {
        return chinese;
    }

    /**
     * The way named by its Chinese word (电话) or its name in any case (phone).
     *
     * @throws IllegalArgumentException for any other word
     */
    public static ChaseHow parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ChaseHow h : values()) {
            if (h.chinese.equals(t) || h.name().equals(t.toUpperCase(Locale.ROOT))) {
                return h;
            }
        }
        throw new IllegalArgumentException(t);
    }
}
