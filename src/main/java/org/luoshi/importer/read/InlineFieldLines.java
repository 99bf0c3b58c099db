package org.luoshi.importer.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page copied without its line breaks runs a list of items and their labelled fields together on
 * one line: {@code 1.项目。 牵头领导:甲 责任单位:市公安局 配合单位:市城管局 2.项目…}. Such a line is given
 * its breaks back — before each labelled field and each item number that a space sets apart — so that
 * the parser reads the items and their fields as it reads them printed one a line. Only a line with at
 * least two labelled fields set apart by spaces — or, without spaces, two fields and two item numbers each
 * right after a sentence's end (。) — is touched; every other line stays as it is.
 */
final class InlineFieldLines {
    /** Field labels of a task's lines: units, people, time limits, progress. */
    private static final String LABEL = "(?:牵头单位|责任单位|配合单位|协同单位|参与单位|协办单位|主办单位|牵头部门|责任部门|配合部门"
            + "|牵头领导|分管领导|责任领导|联系领导|项目责任人|责任人|联系人|完成时限|完成时间|时间节点|实际完成情况|完成情况|进展情况)";
    private static final Pattern SPACED_FIELD = Pattern.compile("[ \\u3000\\u00a0]+(?=" + LABEL + "\\s*[:：])");
    /** An item number set apart by a space: " 2.新增…" (not 1.5 or 1—6月). */
    private static final Pattern SPACED_ITEM = Pattern.compile("[ \\u3000\\u00a0]+(?=[0-9０-９]{1,3}[.．、](?![0-9０-９]))");

    /**
     * A part or section heading set apart by a space, after an item's last field: {@code 责任单位:县财政局 二、曹惠明常务副县长
     * 牵头重点工作 1.…} (海盐 2022, holdout14i): without a break the heading would end the field's unit list.
     */
    private static final Pattern SPACED_HEADING =
            Pattern.compile("[ \\u3000\\u00a0]+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");

    /**
     * The same run together without spaces, a sentence's end before each field and item (a copy that lost its
     * paragraph breaks): {@code …现提出以下意见。1.对…资助。责任单位：市委组织部、市科技局。2.对…}.
     */
    private static final Pattern STOPPED_FIELD = Pattern.compile("(?<=[。；;])(?=" + LABEL + "\\s*[:：])");
    private static final Pattern STOPPED_ITEM = Pattern.compile("(?<=[。；;])(?=[0-9０-９]{1,3}[.．、](?![0-9０-９]))");
    private static final Pattern STOPPED_HEADING =
            Pattern.compile("(?<=[。；;])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");

    private InlineFieldLines() {
    }

    /** The text with the runs-together lines broken; the same string when no line is one. */
    static String reflow(String text) {
        if (text.indexOf(':') < 0 && text.indexOf('：') < 0) {
            return text;
        }
        StringBuilder out = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(start, lineEnd);
            String broken = breakLine(line);
            if (broken != null && out == null) {
                out = new StringBuilder(text.length() + 64).append(text, 0, start);
            }
            if (out != null) {
                out.append(broken != null ? broken : line);
                if (end >= 0) {
                    out.append('\n');
                }
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return out == null ? text : out.toString();
    }

    private static String breakLine(String line) {
        if (count(SPACED_FIELD, line) >= 2) {
            String broken = SPACED_HEADING.matcher(SPACED_FIELD.matcher(line).replaceAll("\n")).replaceAll("\n");
            return SPACED_ITEM.matcher(broken).replaceAll("\n");
        }
        if (count(STOPPED_FIELD, line) >= 2 && count(STOPPED_ITEM, line) >= 2) {
            String broken = STOPPED_HEADING.matcher(STOPPED_FIELD.matcher(line).replaceAll("\n")).replaceAll("\n");
            return STOPPED_ITEM.matcher(broken).replaceAll("\n");
        }
        return null;
    }

    private static int count(Pattern p, String line) {
        Matcher m = p.matcher(line);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
