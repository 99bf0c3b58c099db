package org.luoshi.importer.parse;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.plan.DeadlineKind;
import org.luoshi.plan.Milestone;

/**
 * A task that sets several dated BY deadlines (2023年3月底前，完成…；6月底前，…达到80%) has
 * stages: each becomes a milestone labelled with what is due by then.
 */
final class MilestoneExtractor {
    private MilestoneExtractor() {
    }

    static List<Milestone> milestones(String text, List<FoundDeadline> found) {
        if (found.size() < 2) {
            return List.of();
        }
        List<FoundDeadline> dated = new ArrayList<>();
        for (FoundDeadline f : found) {
            if (f.deadline().kind() == DeadlineKind.BY && f.deadline().date() != null) {
                dated.add(f);
            }
        }
        if (dated.size() < 2) {
            return List.of();
        }
        List<Milestone> out = new ArrayList<>();
        for (FoundDeadline f : dated) {
            out.add(Milestone.of(f.deadline().date(), labelAfter(text, f.end())));
        }
        return out;
    }

    /** What follows the phrase up to the end of its clause: "完成省级电子证照系统升级". */
    private static String labelAfter(String text, int from) {
        int end = from;
        while (end < text.length() && "。；;\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String label = Texts.strip(text.substring(from, end));
        while (!label.isEmpty() && "，,：:".indexOf(label.charAt(0)) >= 0) {
            label = Texts.strip(label.substring(1));
        }
        return label;
    }
}
