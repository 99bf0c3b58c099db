package org.luoshi.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the front matter before the plan body — the covering notice's title (possibly broken over
 * two lines), the document number, the signing office and date, and the plan's own title — and
 * the signature after the body where a document signs at the end.
 */
public final class HeaderParser {
    private static final Pattern DOC_NUMBER =
            Pattern.compile("^[\\u4e00-\\u9fa5A-Za-z]{1,16}\\s*[〔\\[［【(（]\\s*\\d{4}\\s*[〕\\]］】)）]\\s*\\d{1,4}\\s*号$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern CN_DATE =
            Pattern.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");
    private static final Pattern PUBLIC_NOTE = Pattern.compile("^[（(]此件[^）)]*[）)]$");
    private static final Pattern PRINTS_PLAN = Pattern.compile("印发(?:了)?《?(.+?)》?的通知$");
    private static final Pattern TITLE_ENDING =
            Pattern.compile(".*(?:方案|意见|措施|计划|办法|细则|要点|清单|规划|决定|通知|纲要|举措|任务|分工)$");
    private static final int MAX_TITLE_LINE = 70;
    /** 附件 / 附件1 on a line of its own, printed before an attached plan's title. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9０-９]*\\s*[：:]?$");
    /** 抄送：… and “某某办公厅 2023年1月20日印发” lines that close an official document. */
    private static final Pattern DISTRIBUTION =
            Pattern.compile("^(?:(?:抄送|抄报|分送|主送)\\s*[：:].*|.*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印发)$");

    /**
     * @param front lines before the plan body
     * @param tail  lines after the last task (a signature at the end), may be empty
     */
    public DocumentHeader parse(List<SourceLine> front, List<SourceLine> tail) {
        return parse(front, tail, ParseRun.unwatched());
    }

    /** As {@link #parse(List, List)}, counting a step of {@code run} per line looked at and per character matched. */
    DocumentHeader parse(List<SourceLine> front, List<SourceLine> tail, ParseRun run) {
        run.steps(front.size() + tail.size());
        List<String> lines = nonBlank(front);

        String docNumber = null;
        for (String s : lines) {
            if (DOC_NUMBER.matcher(s).matches()) {
                docNumber = s;
                break;
            }
        }

        // Signature: a date line, with the signing office on the line before it.
        int dateAt = -1;
        LocalDate issuedOn = null;
        for (int i = 0; i < lines.size() && issuedOn == null; i++) {
            issuedOn = date(lines.get(i));
            dateAt = issuedOn == null ? -1 : i;
        }
        String issuer = dateAt > 0 ? issuerLine(lines.get(dateAt - 1)) : null;
        if (issuedOn == null) {
            List<String> end = nonBlank(tail);
            for (int i = end.size() - 1; i >= 0 && issuedOn == null; i--) {
                issuedOn = date(end.get(i));
                if (issuedOn != null && i > 0) {
                    issuer = issuerLine(end.get(i - 1));
                }
            }
        }

        // Heading lines at the top, joined: the notice, or the plan itself (a direct 意见 / 方案).
        StringBuilder top = new StringBuilder();
        int topLines = 0;
        for (String s : lines) {
            if (!isTitleLine(s) || DOC_NUMBER.matcher(s).matches() || date(s) != null) {
                break;
            }
            top.append(s);
            topLines++;
            if (endsLikeTitle(top, run)) {
                break;
            }
        }
        String heading = topLines > 0 && endsLikeTitle(top, run) ? top.toString() : null;
        String notice = heading != null && heading.endsWith("通知") ? heading : null;
        String title = heading != null && notice == null ? heading : null;

        // The plan's own title, printed after the signature block of the notice.
        if (title == null && dateAt >= 0) {
            int i = dateAt + 1;
            while (i < lines.size() && (PUBLIC_NOTE.matcher(lines.get(i)).matches()
                    || ATTACHMENT.matcher(lines.get(i)).matches())) {
                i++;
            }
            StringBuilder t = new StringBuilder();
            for (; i < lines.size() && isTitleLine(lines.get(i)); i++) {
                t.append(lines.get(i));
            }
            if (t.length() > 0) {
                title = t.toString();
            }
        }
        if (title == null && notice != null) {
            Matcher m = PRINTS_PLAN.matcher(notice);
            if (m.find()) {
                title = m.group(1);
            }
        }
        return new DocumentHeader(notice, title, docNumber, issuer, issuedOn);
    }

    /** Index just past the signature that closes a document (issuer, date, （此件公开发布）), if any. */
    public int signatureStart(List<SourceLine> lines) {
        int end = lines.size();
        int i = end - 1;
        while (i >= 0 && (lines.get(i).isBlank() || PUBLIC_NOTE.matcher(lines.get(i).stripped()).matches()
                || DISTRIBUTION.matcher(lines.get(i).stripped()).matches()
                || PageFurniture.is(lines.get(i).stripped()))) { // 相关链接 under a portal's copy
            if (!lines.get(i).isBlank()) {
                end = i;
            }
            i--;
        }
        if (i >= 0 && date(lines.get(i).stripped()) != null) {
            int j = i - 1;
            while (j >= 0 && lines.get(j).isBlank()) {
                j--;
            }
            if (j >= 0 && issuerLine(lines.get(j).stripped()) != null) {
                return j;
            }
            return i;
        }
        return end;
    }

    /**
     * Whether the title lines joined so far end like a title. Only the end is looked at: matching
     * the whole of a growing text once per line made a document of short lines quadratic.
     */
    private static boolean endsLikeTitle(StringBuilder top, ParseRun run) {
        CharSequence end = top.subSequence(Math.max(0, top.length() - 8), top.length());
        run.steps(end.length());
        return TITLE_ENDING.matcher(end).matches();
    }

    static LocalDate date(String s) {
        Matcher m = DATE.matcher(s);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = CN_DATE.matcher(s);
            if (m.matches()) {
                StringBuilder year = new StringBuilder();
                for (char c : m.group(1).toCharArray()) {
                    year.append(c == '○' ? 0 : ChineseNumerals.parse(String.valueOf(c)));
                }
                return LocalDate.of(Integer.parseInt(year.toString()), ChineseNumerals.parse(m.group(2)),
                        ChineseNumerals.parse(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String issuerLine(String s) {
        return s.length() <= 40 && !s.matches(".*[。，,：:；;].*") && date(s) == null ? s : null;
    }

    /**
     * A line that can be (part of) a title: short, not a sentence, not an addressee line, and not
     * a table row (readers print a row as cells separated by tabs).
     */
    private static boolean isTitleLine(String s) {
        return s.length() <= MAX_TITLE_LINE
                && s.indexOf('\t') < 0
                && !s.matches(".*[。：:；;]$")
                && !PUBLIC_NOTE.matcher(s).matches()
                && !s.matches(".*[，,].*[，,].*");
    }

    private static List<String> nonBlank(List<SourceLine> lines) {
        List<String> out = new ArrayList<>();
        for (SourceLine l : lines) {
            if (!l.isBlank()) {
                out.add(l.stripped());
            }
        }
        return out;
    }
}
