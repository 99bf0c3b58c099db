package org.luoshi.rounds;

import java.util.Map;
import org.luoshi.plan.Role;

/** The words of the forms and the 催报 notice: documents speak Chinese whatever the interface shows. */
public final class FormWords {
    public static final String SEQ = "序号";
    public static final String TASK = "任务";
    public static final String ROLE = "本单位角色";
    public static final String LEAD_UNITS = "牵头单位";
    public static final String LIMIT = "完成时限";
    public static final String LAST = "上期进展";
    public static final String PROGRESS = "本期进展";
    public static final String PROBLEMS = "存在问题";
    public static final String NEXT_STEPS = "下步打算";
    public static final String PERCENT = "完成进度（%）";
    public static final String DONE = "是否完成";
    public static final String YES = "是";
    public static final String NO = "否";
    /** The placeholder of the .docx form's 是否完成 drop-down until a value is chosen. */
    public static final String CHOOSE = "请选择";
    public static final String REPORTER = "填报人：";
    public static final String PHONE = "联系电话：";
    public static final String HEAD = "单位负责人（签字）：";
    public static final String REPORT_DATE = "报送日期：";
    public static final String SHEET = "进展填报";
    public static final String CONTEXT_SHEET = "配合单位进展";
    public static final String COOPERATING_UNIT = "配合单位";
    public static final String REPORTED_ON = "报送日期";
    /** The page footer of the Word documents: {0} the page, {1} the pages. */
    public static final String PAGE_FOOTER = "第 {0} 页 共 {1} 页";

    private static final Map<Role, String> ROLES = Map.of(Role.LEAD, "牵头", Role.RESPONSIBLE, "责任",
            Role.COOPERATING, "配合");
    private static final Map<Role, String> GROUPS = Map.of(Role.LEAD, "一、牵头任务", Role.RESPONSIBLE,
            "二、责任任务", Role.COOPERATING, "三、配合任务");

    private FormWords() {
    }

    public static String role(Role role) {
        return ROLES.get(role);
    }

    public static String group(Role role) {
        return GROUPS.get(role);
    }

    /** 2023年3月31日 */
    public static String date(java.time.LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
