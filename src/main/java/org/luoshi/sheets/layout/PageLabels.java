package org.luoshi.sheets.layout;

import org.luoshi.i18n.DocumentTexts;

/** The words the layout adds to pages: footer, the mark on a continued row, the running head. */
public interface PageLabels {

    /** "第 1 页 共 3 页". */
    String footer(int page, int pages);

    /** What the number cell of a row's continuation shows: "12（续）". */
    String continuedRow(String number);

    /** The small head on pages after the first: "省发展改革委任务分工表（续）". */
    String runningHead(String title);

    /** Labels from the app's resource bundle, in the language chosen there. */
    static PageLabels fromMessages() {
        return new PageLabels() {
            @Override
            public String footer(int page, int pages) {
                return DocumentTexts.get("sheets.page.footer", page, pages);
            }

            @Override
            public String continuedRow(String number) {
                return DocumentTexts.get("sheets.page.continuedRow", number);
            }

            @Override
            public String runningHead(String title) {
                return DocumentTexts.get("sheets.page.runningHead", title);
            }
        };
    }
}
