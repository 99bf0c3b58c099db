package org.luoshi.importer.review;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.importer.parse.DeadlineParser;
import org.luoshi.importer.parse.UnitList;
import org.luoshi.importer.parse.UnitListSplitter;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Deadline;
import org.luoshi.plan.Milestone;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;
import org.luoshi.plan.TaskStatus;

/**
 * One task as the person reviewing an import edits it: units per role as the text of a list
 * ("省住建厅、省人社厅"), deadlines as their phrases ("2023年3月底前；6月底前"). Turned back into a
 * {@link Task} with the importer's own rules, so an edited list reads the same as a printed one.
 */
public final class DraftTask {
    static final String DEADLINE_SEPARATOR = "；";

    private final UnitListSplitter splitter = new UnitListSplitter();

    private String number;
    private String part;
    private String section;
    private String text;
    private String lead;
    private String responsible;
    private String cooperating;
    private boolean othersIncluded;
    private List<Deadline> deadlines;
    private List<Milestone> milestones;
    private int sourceLine;
    /** The parsed tasks (their seq) this one came from: one, or several after merges. */
    private final List<Integer> origins = new ArrayList<>();

    DraftTask(Task t) {
        origins.add(t.seq());
        number = t.number();
        part = t.part();
        section = t.section();
        text = t.text();
        lead = String.join("、", t.unitNames(Role.LEAD));
        responsible = String.join("、", t.unitNames(Role.RESPONSIBLE));
        cooperating = String.join("、", t.unitNames(Role.COOPERATING));
        othersIncluded = t.othersIncluded();
        deadlines = new ArrayList<>(t.deadlines());
        milestones = new ArrayList<>(t.milestones());
        sourceLine = t.sourceLine();
    }

    Task toTask(int seq) {
        List<Assignment> assignments = new ArrayList<>();
        boolean others = othersIncluded;
        for (Role role : Role.values()) {
            UnitList units = splitter.split(units(role));
            others |= units.othersIncluded();
            for (String name : units.names()) {
                Assignment a = Assignment.of(name, role);
                if (!assignments.contains(a)) {
                    assignments.add(a);
                }
            }
        }
        return new Task(0, seq, number, part, section, text, assignments, others, deadlines, milestones, List.of(),
                TaskStatus.NOT_STARTED, sourceLine);
    }

    public String number() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip();
    }

    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text.strip();
    }

    public String units(Role role) {
        return switch (role) {
            case LEAD -> lead;
            case RESPONSIBLE -> responsible;
            case COOPERATING -> cooperating;
        };
    }

    /** Sets the units of a role from a list as typed: 、 ， or ； between names, 等 at the end. */
    public void setUnits(Role role, String list) {
        String value = list == null ? "" : list.strip();
        switch (role) {
            case LEAD -> lead = value;
            case RESPONSIBLE -> responsible = value;
            case COOPERATING -> cooperating = value;
        }
    }

    public boolean othersIncluded() {
        return othersIncluded;
    }

    public void setOthersIncluded(boolean othersIncluded) {
        this.othersIncluded = othersIncluded;
    }

    public List<Deadline> deadlines() {
        return List.copyOf(deadlines);
    }

    /** The deadline phrases, as the table shows and the editor takes them. */
    public String deadlineText() {
        return String.join(DEADLINE_SEPARATOR, deadlines.stream().map(Deadline::raw).toList());
    }

    /**
     * Reads the phrases of {@code text} (separated by ；) with the importer's deadline rules. Phrases
     * that set no date are returned and the deadlines are left unchanged.
     *
     * @return the phrases that could not be read; empty when all were
     */
    public List<String> setDeadlineText(String text, Integer contextYear) {
        DeadlineParser parser = new DeadlineParser();
        List<Deadline> read = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String phrase : (text == null ? "" : text).split("[；;\\n]")) {
            String p = phrase.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<Deadline> found = parser.parseTimeLimit(p, contextYear);
            if (found.isEmpty()) {
                unread.add(p);
            } else {
                read.addAll(found);
            }
        }
        if (unread.isEmpty()) {
            deadlines = read;
            milestones = new ArrayList<>(milestones.stream()
                    .filter(m -> read.stream().anyMatch(d -> m.date().equals(d.dueDate()))).toList());
        }
        return unread;
    }

    public int sourceLine() {
        return sourceLine;
    }

    String part() {
        return part;
    }

    String section() {
        return section;
    }

    List<Integer> origins() {
        return List.copyOf(origins);
    }

    /** A copy holding the second half of this task's text, from {@code at}; units and deadlines are copied. */
    DraftTask splitOff(int at) {
        DraftTask second = new DraftTask(toTask(0));
        second.origins.clear();
        second.origins.addAll(origins);
        second.text = text.substring(at).strip();
        second.number = null;
        second.milestones = new ArrayList<>();
        text = text.substring(0, at).strip();
        return second;
    }

    /** Takes {@code next}'s text, units and deadlines into this task. */
    void absorb(DraftTask next) {
        text = text + "\n" + next.text;
        lead = joinLists(lead, next.lead);
        responsible = joinLists(responsible, next.responsible);
        cooperating = joinLists(cooperating, next.cooperating);
        othersIncluded |= next.othersIncluded;
        for (Deadline d : next.deadlines) {
            if (deadlines.stream().noneMatch(x -> x.raw().equals(d.raw()))) {
                deadlines.add(d);
            }
        }
        milestones.addAll(next.milestones);
        origins.addAll(next.origins);
    }

    private static String joinLists(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty() || a.equals(b)) {
            return a;
        }
        return a + "、" + b;
    }
}
