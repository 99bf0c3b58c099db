package org.luoshi.report.ledger;

import java.util.Locale;

/**
 * A column of the 工作台账, with its Chinese header (the ledger is a document: Chinese whatever the
 * interface language) and its width in characters. {@link #ROUNDS} stands for one column per
 * progress round, headed by the round's period.
 */
public enum LedgerColumn {
    SEQ("序号", 3),
    PLAN("方案", 8),
    TASK("任务", 20),
    LEAD("牵头单位", 7),
    RESPONSIBLE("责任单位", 7),
    COOPERATING("配合单位", 8),
    DEADLINE("完成时限", 8),
    STATUS("状态", 4),
    ROUNDS("各期进展", 10),
    LATEST("最新进展", 11),
    NOTES("备注", 5);

    private final String header;
    private final int width;

    LedgerColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    /** The header printed in the workbook (for {@link #ROUNDS}: the name of the group in the column chooser). */
    public String header() {
        return header;
    }

    /** The column's share of the page's width, against the others' (a ledger of one round fits A4 landscape). */
    public int width() {
        return width;
    }

    /** The key stored in the workspace settings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column of {@code key}, or null. */
    public static LedgerColumn ofKey(String key) {
        for (LedgerColumn c : values()) {
            if (c.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }
}
