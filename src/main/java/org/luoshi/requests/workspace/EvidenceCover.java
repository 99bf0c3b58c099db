package org.luoshi.requests.workspace;

import java.util.Map;
import java.util.List;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestWords;
import org.luoshi.requests.TaskRequest;

/** The cover sheet of an evidence export (封面): plan, and per request the task, unit, decision and files with hashes. */
final class EvidenceCover {
    private EvidenceCover() {
    }

    static String text(Plan plan, Map<Long, Task> tasks, List<TaskRequest> closings) {
        StringBuilder b = new StringBuilder();
        b.append("佐证材料封面\r\n\r\n");
        b.append("方案：").append(nz(plan.title())).append(plan.docNumber() == null || plan.docNumber().isBlank()
                ? "" : "（" + plan.docNumber() + "）").append("\r\n");
        int count = 0;
        for (TaskRequest r : closings) {
            count += r.evidence().size();
        }
        b.append("销号申请：").append(closings.size()).append(" 项，佐证材料：").append(count).append(" 份\r\n");
        for (TaskRequest r : closings) {
            Task t = tasks.get(r.taskId());
            b.append("\r\n────────────────────────────\r\n");
            b.append("任务：").append(t == null ? String.valueOf(r.taskId()) : t.label() + "．" + oneLine(t.text()))
                    .append("\r\n");
            b.append("申请单位：").append(r.unit()).append("\r\n");
            b.append("销号申请：第 ").append(r.id()).append(" 号，").append(r.requestedOn()).append(" 提出")
                    .append(r.requestedBy().isEmpty() ? "" : "（" + r.requestedBy() + "录入）").append("\r\n");
            b.append("原定时限：").append(r.originalDate() == null ? "无" : r.originalDate().toString()).append("\r\n");
            b.append("完成情况：").append(oneLine(r.summary())).append("\r\n");
            b.append("审核结果：").append(r.stateWord());
            if (!r.pending()) {
                b.append("（").append(r.decidedBy()).append("，").append(r.decidedOn()).append("）");
                if (r.state() == org.luoshi.requests.RequestState.APPROVED) {
                    b.append("，").append(RequestWords.timeliness(r.onTime()));
                }
            }
            b.append("\r\n");
            if (!r.opinion().isEmpty()) {
                b.append("审核意见：").append(oneLine(r.opinion())).append("\r\n");
            }
            b.append("佐证材料：\r\n");
            int n = 0;
            for (EvidenceFile f : r.evidence()) {
                b.append("  ").append(++n).append(". ").append(f.name()).append("  ").append(f.size()).append(" 字节")
                        .append("\r\n     SHA-256: ").append(f.sha256()).append("\r\n");
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
