package org.luoshi.importer.layouts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways the same prose plan is laid out, as pure functions of its text (or of its labels). */
final class ProseLayouts {
    private ProseLayouts() {
    }

    /**
     * Hard-wrapped at {@code width} characters, as a PDF's text pasted into a .txt gives it, with a page-number line
     * ({@code - 2 -}) after every {@code perPage} lines.
     */
    static String hardWrapped(String text, int width, int perPage) {
        StringBuilder b = new StringBuilder();
        int lines = 0;
        int page = 1;
        for (String line : text.split("\n", -1)) {
            for (String piece : TableLayouts.wrap(line, width)) {
                b.append(piece).append('\n');
                if (++lines % perPage == 0) {
                    b.append("- ").append(++page).append(" -\n");
                }
            }
        }
        return b.toString();
    }

    /** Brackets, colons, semicolons and commas of full width printed half width: （X牵头） → (X牵头). */
    static String halfWidthPunctuation(String text) {
        return text.replace('（', '(').replace('）', ')').replace('：', ':').replace('；', ';').replace('，', ',');
    }

    /** Brackets and colons of half width printed full width, figures too: 2023年3月 → ２０２３年３月. */
    static String fullWidth(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append((char) (c - '0' + '０'));
            } else if (c == '(') {
                b.append('（');
            } else if (c == ')') {
                b.append('）');
            } else if (c == ':') {
                b.append('：');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Pattern ARABIC_ITEM = Pattern.compile("(?m)^([ \\t\\u3000]*)(\\d{1,3})(?:[．.、](?!\\d)|\\s)");
    private static final Pattern BRACKETED_ITEM = Pattern.compile("(?m)^([ \\t\\u3000]*)[（(](\\d{1,3})[)）]");

    /**
     * Numbered items (1． 1. 1、 （1）) renumbered in {@code style}: the figure is kept, the marks around it change.
     * {@code style} maps the figure to its new label, e.g. {@code n -> "（" + n + "）"}.
     */
    static String itemNumbers(String text, Function<Integer, String> style) {
        String plain = replace(ARABIC_ITEM, text, style);
        return replace(BRACKETED_ITEM, plain, style);
    }

    private static String replace(Pattern p, String text, Function<Integer, String> style) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + style.apply(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** The numbering styles plans use for items, by name. */
    static final Map<String, Function<Integer, String>> ITEM_STYLES = Map.of(
            "1．", n -> n + "．",
            "1.", n -> n + ".",
            "1、", n -> n + "、",
            "（1）", n -> "（" + n + "）",
            "(1)", n -> "(" + n + ")",
            "①", n -> n <= 20 ? String.valueOf((char) ('①' + n - 1)) : n + "．");

    /** Section numbers （一） printed with half-width brackets, (一). */
    static String halfWidthSectionNumbers(String text) {
        return text.replaceAll("(?m)^([ \\t\\u3000]*)（([一二三四五六七八九十]{1,3})）", "$1($2)");
    }

    // ---- a plan written as prose items from its labels ----

    /** A clause form: how the units of one task are printed after (or under) its text. */
    enum Clause {
        /** （X牵头，Y按职责分工负责，Z配合） */
        VERBS,
        /** （牵头单位：X；责任单位：Y；配合单位：Z） */
        BRACKETED_FIELDS,
        /** the text, then a line per field: 牵头单位：X */
        LABELLED_LINES,
        /** [牵头单位:X;责任单位:Y;配合单位:Z] */
        SQUARE_FIELDS
    }

    /** The plan as numbered items {@code 1．text（clause）}, each with its units printed in {@code clause}'s form. */
    static String items(String title, List<LabelledTask> tasks, Clause clause) {
        StringBuilder b = new StringBuilder(title).append('\n');
        String category = null;
        int part = 0;
        for (LabelledTask t : tasks) {
            if (t.category() != null && !t.category().equals(category)) {
                category = t.category();
                b.append(ChineseDigits.of(++part)).append("、").append(category).append('\n');
            }
            b.append(t.number()).append("．").append(t.text());
            switch (clause) {
                case VERBS -> b.append(verbs(t));
                case BRACKETED_FIELDS -> b.append(fields(t, "（", "：", "；", "）"));
                case SQUARE_FIELDS -> b.append(fields(t, "[", ":", ";", "]"));
                case LABELLED_LINES -> b.append(fields(t, "\n", "：", "\n", ""));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String verbs(LabelledTask t) {
        StringBuilder c = new StringBuilder();
        if (!t.lead().isEmpty()) {
            c.append(String.join("、", t.lead())).append("牵头");
        }
        if (!t.responsible().isEmpty()) {
            c.append(c.isEmpty() ? "" : "，").append(String.join("、", t.responsible())).append("按职责分工负责");
        }
        if (!t.cooperating().isEmpty()) {
            c.append(c.isEmpty() ? "" : "，").append(String.join("、", t.cooperating())).append("配合");
        }
        return c.isEmpty() ? "" : "（" + c + "）";
    }

    private static String fields(LabelledTask t, String open, String colon, String between, String close) {
        StringBuilder c = new StringBuilder();
        field(c, "牵头单位", t.lead(), colon, between);
        // one unit alone under 责任单位 leads; the labels' lone responsible unit says its verb, as its plan did
        List<String> responsible = t.lead().isEmpty() && t.responsible().size() == 1
                ? List.of(t.responsible().get(0) + "按职责分工负责") : t.responsible();
        field(c, "责任单位", responsible, colon, between);
        field(c, "配合单位", t.cooperating(), colon, between);
        return c.isEmpty() ? "" : open + c + close;
    }

    private static void field(StringBuilder c, String label, List<String> units, String colon, String between) {
        if (!units.isEmpty()) {
            c.append(c.isEmpty() ? "" : between).append(label).append(colon).append(String.join("、", units));
        }
    }

    /** Simplified characters printed as traditional ones where the importer's map pairs them one to one. */
    static String traditional(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            b.append(TRADITIONAL.getOrDefault(c, c));
        }
        return b.toString();
    }

    private static final Map<Character, Character> TRADITIONAL = traditionalMap();

    /** The importer's traditional → simplified pairs turned round, keeping a simplified character met once only. */
    private static Map<Character, Character> traditionalMap() {
        Map<Character, Character> map = new HashMap<>();
        Map<Character, Integer> seen = new HashMap<>();
        try (InputStream in = ProseLayouts.class.getResourceAsStream("/org/luoshi/importer/parse/traditional-simplified.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String from;
            while ((from = r.readLine()) != null) {
                if (from.startsWith("#") || from.isBlank()) {
                    continue;
                }
                String to = r.readLine();
                for (int k = 0; k < from.length(); k++) {
                    map.put(to.charAt(k), from.charAt(k));
                    seen.merge(to.charAt(k), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seen.forEach((simplified, times) -> {
            if (times > 1) {
                map.remove(simplified);
            }
        });
        return map;
    }

    /** 一 to 九十九 for part numbers. */
    static final class ChineseDigits {
        private static final String DIGITS = "零一二三四五六七八九";

        private ChineseDigits() {
        }

        static String of(int n) {
            if (n < 10) {
                return String.valueOf(DIGITS.charAt(n));
            }
            String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
            return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
        }
    }
}
