package org.luoshi.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Part;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Role;
import org.luoshi.plan.Section;
import org.luoshi.plan.Task;
import org.luoshi.storage.Workspace;

/**
 * Writes a plan of a workspace as a GNOME Planner file (.planner, the "mrproject" XML Planner 0.14
 * reads), so that the performance harness can open the same plan in Planner beside Luoshi: parts
 * and sections as summary tasks, every task under its section with its text as the name, starting
 * on the plan's date and ending on its last dated limit (or the plan's year end), its units as
 * resources (the lead unit allocated to the task) — the same rows, dates and names Luoshi shows.
 *
 * <pre>java -cp … org.luoshi.bench.PlannerFile WORKSPACE OUT.planner [PLAN_ID]</pre>
 * (default: the workspace's first plan).
 */
public final class PlannerFile {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** Planner counts work in seconds of an 8-hour working day. */
    private static final long DAY_SECONDS = 8 * 3600;

    private PlannerFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PlannerFile WORKSPACE OUT.planner [PLAN_ID]");
            System.exit(2);
        }
        Plan plan;
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            long id = args.length > 2 ? Long.parseLong(args[2]) : ws.plans().list().get(0).id();
            plan = ws.plans().load(id).orElseThrow();
        }
        write(plan, Path.of(args[1]));
        System.out.printf("%s: %d tasks of plan %d%n", args[1], plan.tasks().size(), plan.id());
    }

    public static void write(Plan plan, Path file) throws IOException {
        LocalDate start = plan.issuedOn() != null ? plan.issuedOn() : LocalDate.of(2023, 1, 1);
        Map<String, Integer> resources = new LinkedHashMap<>();
        List<int[]> allocations = new ArrayList<>();
        int[] nextId = {1};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\"?>\n");
            w.write("<project name=\"" + xml(plan.displayTitle()) + "\" company=\"" + xml(nullToEmpty(plan.issuer()))
                    + "\" manager=\"\" phase=\"\" project-start=\"" + stamp(start, 0)
                    + "\" mrproject-version=\"2\" calendar=\"1\">\n");
            w.write("  <properties/>\n  <phases/>\n");
            w.write("""
                      <calendars>
                        <day-types>
                          <day-type id="0" name="Working" description="A default working day"/>
                          <day-type id="1" name="Nonworking" description="A default non working day"/>
                          <day-type id="2" name="Use base" description="Use day from base calendar"/>
                        </day-types>
                        <calendar id="1" name="Default">
                          <default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>
                          <overridden-day-types>
                            <overridden-day-type id="0">
                              <interval start="0800" end="1200"/>
                              <interval start="1300" end="1700"/>
                            </overridden-day-type>
                          </overridden-day-types>
                          <days/>
                        </calendar>
                      </calendars>
                    """);
            w.write("  <tasks>\n");
            for (Part part : plan.parts()) {
                List<Section> sections = plan.sections().stream().filter(s -> s.part().equals(part.number())).toList();
                List<Task> direct = plan.tasks().stream()
                        .filter(t -> part.number().equals(t.part()) && (t.section() == null || t.section().isEmpty()))
                        .toList();
                if (sections.isEmpty() && direct.isEmpty()) {
                    continue;
                }
                int partId = nextId[0]++;
                w.write("    <task id=\"" + partId + "\" name=\"" + xml(part.number() + "、" + part.title())
                        + "\" note=\"\" work=\"0\" start=\"" + stamp(start, 8) + "\" end=\"" + stamp(start, 17)
                        + "\" work-start=\"" + stamp(start, 8) + "\" percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n");
                for (Task t : direct) {
                    writeTask(w, t, start, nextId, resources, allocations, "      ");
                }
                for (Section section : sections) {
                    int sectionId = nextId[0]++;
                    w.write("      <task id=\"" + sectionId + "\" name=\"" + xml("（" + section.number() + "）" + section.title())
                            + "\" note=\"\" work=\"0\" start=\"" + stamp(start, 8) + "\" end=\"" + stamp(start, 17)
                            + "\" work-start=\"" + stamp(start, 8) + "\" percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n");
                    for (Task t : plan.tasks()) {
                        if (part.number().equals(t.part()) && section.number().equals(t.section())) {
                            writeTask(w, t, start, nextId, resources, allocations, "        ");
                        }
                    }
                    w.write("      </task>\n");
                }
                w.write("    </task>\n");
            }
            for (Task t : plan.tasks()) {
                boolean placed = plan.parts().stream().anyMatch(p -> p.number().equals(t.part()));
                if (!placed) {
                    writeTask(w, t, start, nextId, resources, allocations, "    ");
                }
            }
            w.write("  </tasks>\n  <resource-groups/>\n  <resources>\n");
            for (Map.Entry<String, Integer> r : resources.entrySet()) {
                w.write("    <resource id=\"" + r.getValue() + "\" name=\"" + xml(r.getKey())
                        + "\" short-name=\"\" type=\"1\" units=\"0\" email=\"\" note=\"\" std-rate=\"0\"/>\n");
            }
            w.write("  </resources>\n  <allocations>\n");
            for (int[] a : allocations) {
                w.write("    <allocation task-id=\"" + a[0] + "\" resource-id=\"" + a[1] + "\" units=\"100\"/>\n");
            }
            w.write("  </allocations>\n</project>\n");
        }
    }

    private static void writeTask(Writer w, Task t, LocalDate start, int[] nextId, Map<String, Integer> resources,
            List<int[]> allocations, String indent) throws IOException {
        int id = nextId[0]++;
        LocalDate end = lastDate(t, start);
        long days = Math.max(1, workingDays(start, end));
        int percent = t.latestProgress() == null ? (t.isFinished() ? 100 : 0) : (t.isFinished() ? 100 : 50);
        w.write(indent + "<task id=\"" + id + "\" name=\"" + xml(t.number() + " " + t.text()) + "\" note=\"\" work=\""
                + days * DAY_SECONDS + "\" start=\"" + stamp(start, 8) + "\" end=\"" + stamp(end, 17) + "\" work-start=\""
                + stamp(start, 8) + "\" percent-complete=\"" + percent
                + "\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n");
        w.write(indent + "  <constraint type=\"start-no-earlier-than\" time=\"" + stamp(start, 0) + "\"/>\n");
        w.write(indent + "</task>\n");
        for (Assignment a : t.assignments()) {
            if (a.role() == Role.LEAD || t.assignments().size() == 1) {
                int resource = resources.computeIfAbsent(a.unit().name(), k -> resources.size() + 1);
                allocations.add(new int[] {id, resource});
                break;
            }
        }
    }

    private static LocalDate lastDate(Task t, LocalDate start) {
        LocalDate last = null;
        for (Deadline d : t.deadlines()) {
            LocalDate due = d.dueDate();
            if (due != null && due.isAfter(start) && (last == null || due.isAfter(last))) {
                last = due;
            }
        }
        return last != null ? last : LocalDate.of(start.getYear(), 12, 31);
    }

    private static long workingDays(LocalDate from, LocalDate to) {
        long all = ChronoUnit.DAYS.between(from, to) + 1;
        return all * 5 / 7;
    }

    private static String stamp(LocalDate day, int hour) {
        return day.atTime(hour, 0).format(STAMP);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (c >= 0x20) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
