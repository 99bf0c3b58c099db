package org.luoshi.importer.table;

import java.util.List;
import java.util.Optional;

/**
 * What a column of a division-of-work table (分工表) holds, recognised by its header text or
 * chosen by the user in the review dialog. {@link #OTHER} is a column that is read as nothing.
 */
public enum TableColumn {
    NUMBER("序号", List.of("序号", "编号")),
    CATEGORY("类别", List.of("类别", "领域", "分类", "板块", "重点领域")),
    TASK("任务", List.of("任务", "工作内容", "具体措施", "措施", "改革举措", "主要内容", "事项")),
    LEAD("牵头单位", List.of("牵头单位", "牵头部门", "牵头")),
    RESPONSIBLE("责任单位", List.of("责任单位", "责任部门", "负责单位", "负责部门", "承办单位", "主责单位", "责任主体")),
    COOPERATING("配合单位", List.of("配合单位", "配合部门", "协办单位", "参与单位", "协同单位")),
    DEADLINE("完成时限", List.of("完成时限", "完成时间", "时间节点", "时限", "时间安排", "进度安排", "完成期限")),
    OTHER("（不读）", List.of());

    private final String label;
    private final List<String> words;

    TableColumn(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    /** The Chinese name shown for the column's meaning in the review dialog. */
    public String label() {
        return label;
    }

    /** The column a header cell names, or empty. Unit columns are tested before 任务 (牵头任务 is rare). */
    public static Optional<TableColumn> of(String header) {
        String h = header.replaceAll("\\s", "");
        if (h.isEmpty() || h.length() > 12) {
            return Optional.empty();
        }
        for (TableColumn c : List.of(NUMBER, LEAD, RESPONSIBLE, COOPERATING, DEADLINE, CATEGORY, TASK)) {
            for (String w : c.words) {
                if (h.contains(w)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
