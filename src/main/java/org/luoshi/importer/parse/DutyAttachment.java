package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * A division-of-work attachment after the date line (附件 / …工作部门职责分工, then unnumbered lines
 * 省发展改革委负责将…。): each line is a task led by the unit that opens it. The plan's own items then name no
 * unit (江西 2020 托育 实施意见): the attachment is where the plan says who does what, so its lines are the tasks.
 */
final class DutyAttachment {
    /** 附件 / 附件1 on a line of its own. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[0-9０-９]*\\s*[：:]?$");
    /** The attachment's title names a division of work: …职责分工, …任务分工, …部门分工. */
    private static final Pattern DUTY_TITLE = Pattern.compile(".*(?:职责|任务|部门|工作)?分工$");
    /** A duty line: a unit, 负责, the duty; one sentence or more, no number in front. */
    private static final Pattern DUTY_LINE = Pattern.compile("^[^，。；：:,;（）()\\s]{2,30}?负责\\S.*$");
    /** Fewer lines than this are not a division of work (a stray sentence after the date). */
    private static final int MIN_LINES = 3;
    /** The title may be printed over this many lines at most. */
    private static final int MAX_TITLE_LINES = 3;

    /** One line of the attachment read as a task. */
    record DutyLine(int line, int start, int end, String text, List<Assignment> assignments) {
    }

    private DutyAttachment() {
    }

    /**
     * The duty lines of the first division-of-work attachment in {@code lines[from, to)}; empty if there is
     * none or it has fewer than {@link #MIN_LINES} lines. {@code start}/{@code end} are offsets in the source.
     */
    static List<DutyLine> find(List<SourceLine> lines, int[] lineStarts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ATTACHMENT.matcher(lines.get(i).text().strip()).matches()) {
                continue;
            }
            int j = i + 1;
            StringBuilder title = new StringBuilder();
            int titleLines = 0;
            while (j < to && titleLines < MAX_TITLE_LINES) {
                String t = lines.get(j).text().strip();
                j++;
                if (t.isEmpty()) {
                    continue;
                }
                title.append(t);
                titleLines++;
                if (DUTY_TITLE.matcher(title).matches()) {
                    break;
                }
            }
            if (!DUTY_TITLE.matcher(title).matches()) {
                continue;
            }
            List<DutyLine> duties = dutyLines(lines, lineStarts, j, to);
            if (duties.size() >= MIN_LINES) {
                return duties;
            }
        }
        return List.of();
    }

    private static List<DutyLine> dutyLines(List<SourceLine> lines, int[] lineStarts, int from, int to) {
        List<DutyLine> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String raw = lines.get(i).text();
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!DUTY_LINE.matcher(t).matches()) {
                break;
            }
            List<Assignment> units = TaskAssembler.subjectUnits(t);
            if (units.isEmpty()) {
                break;
            }
            int lead = raw.indexOf(t);
            out.add(new DutyLine(lines.get(i).number(), lineStarts[i] + lead, lineStarts[i] + lead + t.length(), t, units));
        }
        return out;
    }

    /** The duty lines as the plan's tasks, numbered from 1, with the deadlines their text gives. */
    static List<Task> tasks(List<DutyLine> duties, DeadlineParser deadlineParser, Integer issueYear) {
        List<Task> tasks = new ArrayList<>(duties.size());
        int seq = 1;
        for (DutyLine d : duties) {
            List<FoundDeadline> found = deadlineParser.find(d.text(), issueYear);
            List<Deadline> deadlines = found.stream().map(FoundDeadline::deadline).toList();
            tasks.add(new Task(0, seq++, null, null, null, d.text(), d.assignments(), false, deadlines,
                    MilestoneExtractor.milestones(d.text(), found), List.of(),
                    TaskStatus.NOT_STARTED, d.line()));
        }
        return tasks;
    }
}
