package org.luoshi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.luoshi.importer.read.DocumentReadException;

/**
 * The unlabelled check of a sweep over many real plans (issue 14, step 13): runs the real pipeline on
 * every document of a folder and prints, per document, what a reader should look at by eye — the
 * tasks, the tasks with no unit, unit names that do not read like units, tasks whose text has a date
 * but no deadline was read, and tasks that read like headings or notes. It scores nothing: there are
 * no labels; a flag is a place to look, not a fault.
 *
 * <p>{@code SweepCheck DIR [--tasks]}: one summary line a document and a totals line; with
 * {@code --tasks} every task is listed under its document.
 */
public final class SweepCheck {
    /** A unit name with one of these is a clause, a sentence or a list the splitter did not split. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[，。；：,;:！？]|负责|落实|推进|开展|加强|做好|按职责|配合|牵头|参与|实施|完成|^等|^和|^及");
    /** A date a task's text may carry (a year, a month, a season, a year's end). */
    private static final Pattern DATE = Pattern.compile(
            "20\\d\\d年|\\d{1,2}月(底|末|前|份)?|年底|年末|季度|上半年|下半年|长期|持续推进|每年|每月|每季");
    /** Words of a heading, a note or a closing line rather than a task. */
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|附件|附表|抄送|联系人|联系电话)|[:：]$");

    private SweepCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean listTasks = List.of(args).contains("--tasks");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        int[] total = new int[6];
        System.out.println("document | tasks | no unit | odd unit names | date unread | heading/note-like | long unit");
        for (Path file : files) {
            JsonNode json;
            try {
                json = Corpus.importedJson(file);
            } catch (DocumentReadException e) {
                System.out.println(file.getFileName() + " | refused: " + e.getMessage());
                continue;
            }
            Check c = check(json);
            int[] row = {c.tasks, c.noUnit.size(), c.oddNames.size(), c.dateUnread.size(), c.noteLike.size(),
                c.longNames.size()};
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
            System.out.printf("%s | %d | %d | %d | %d | %d | %d%n", file.getFileName(), row[0], row[1], row[2],
                    row[3], row[4], row[5]);
            if (listTasks) {
                for (JsonNode t : json.get("tasks")) {
                    System.out.printf("    %s [%s] L%s %s | lead=%s resp=%s coop=%s%s | dl=%s%n",
                            t.path("number").asText(""), t.path("seq").asText(), t.path("line").asText("?"),
                            shorten(t.path("text").asText()), t.get("lead"), t.get("responsible"),
                            t.get("cooperating"), t.path("othersIncluded").asBoolean() ? " +others" : "",
                            deadlines(t.get("deadlines")));
                }
                c.oddNames.forEach(n -> System.out.println("    ODD UNIT: " + n));
                c.longNames.forEach(n -> System.out.println("    LONG UNIT: " + n));
            }
        }
        System.out.printf("TOTAL (%d documents) | %d | %d | %d | %d | %d | %d%n", files.size(), total[0], total[1],
                total[2], total[3], total[4], total[5]);
    }

    private record Check(int tasks, List<Integer> noUnit, Set<String> oddNames, List<Integer> dateUnread,
            List<Integer> noteLike, Set<String> longNames) {
    }

    private static Check check(JsonNode json) {
        List<Integer> noUnit = new ArrayList<>();
        Set<String> odd = new LinkedHashSet<>();
        Set<String> longNames = new LinkedHashSet<>();
        List<Integer> dateUnread = new ArrayList<>();
        List<Integer> noteLike = new ArrayList<>();
        int tasks = 0;
        for (JsonNode t : json.get("tasks")) {
            tasks++;
            int seq = t.path("seq").asInt();
            int units = 0;
            for (String role : List.of("lead", "responsible", "cooperating")) {
                for (JsonNode u : t.get(role)) {
                    units++;
                    String name = u.asText();
                    if (NOT_A_NAME.matcher(name).find()) {
                        odd.add(name);
                    } else if (name.length() > 16) {
                        longNames.add(name);
                    }
                }
            }
            if (units == 0) {
                noUnit.add(seq);
            }
            String text = t.path("text").asText();
            if (t.get("deadlines").isEmpty() && DATE.matcher(text).find()) {
                dateUnread.add(seq);
            }
            if (NOTE.matcher(text).find() || (text.length() < 12 && !text.contains("。"))) {
                noteLike.add(seq);
            }
        }
        return new Check(tasks, noUnit, odd, dateUnread, noteLike, longNames);
    }

    private static String shorten(String text) {
        String one = text.replace('\n', '⏎');
        return one.length() <= 60 ? one : one.substring(0, 40) + "…" + one.substring(one.length() - 18);
    }

    private static String deadlines(JsonNode deadlines) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : deadlines) {
            out.add(d.path("kind").asText() + ":" + d.path("raw").asText(""));
        }
        return out.toString();
    }
}
