package org.luoshi.report.bulletin;

import java.util.HashMap;
import java.util.Map;

/**
 * What the workspace keeps for its bulletins: the number the next one gets (第N期, numbered per
 * workspace, editable), the issuing office printed in the 版头, and the default text of 四、下步要求.
 * A stored value that cannot be read gives the default.
 */
public record BulletinSettings(int nextNumber, String office, String requirements) {
    public static final String NEXT_NUMBER = "bulletin.nextNumber";
    public static final String OFFICE = "bulletin.office";
    public static final String REQUIREMENTS = "bulletin.requirements";

    /** The default text of 四、下步要求: one paragraph a line. */
    public static final String DEFAULT_REQUIREMENTS = String.join("\n",
            "（一）压实工作责任。各牵头单位要对照序时进度，逐项梳理本单位牵头任务，明确时间节点和责任人，确保按期完成。",
            "（二）加快推进滞后事项。对欠序时、已逾期事项，责任单位要认真分析原因，制定针对性措施，限期赶上序时进度，"
                    + "并在下期报送时说明整改情况。",
            "（三）按时报送进展。各单位要严格按照规定时间报送任务进展情况，做到内容真实、数据准确；"
                    + "对未按时报送的单位，将在下期通报中予以点名。");

    public static final BulletinSettings DEFAULT = new BulletinSettings(1, "", DEFAULT_REQUIREMENTS);

    public BulletinSettings {
        if (nextNumber < 1) {
            throw new IllegalArgumentException("a bulletin's number starts at 1, was " + nextNumber);
        }
        office = office == null ? "" : office.strip();
        requirements = requirements == null || requirements.isBlank() ? DEFAULT_REQUIREMENTS : requirements.strip();
    }

    public static BulletinSettings fromMap(Map<String, String> map) {
        int next = 1;
        try {
            String n = map.get(NEXT_NUMBER);
            next = n == null ? 1 : Math.max(1, Integer.parseInt(n.strip()));
        } catch (NumberFormatException e) {
            next = 1;
        }
        return new BulletinSettings(next, map.get(OFFICE), map.get(REQUIREMENTS));
    }

    public Map<String, String> toMap() {
        Map<String, String> map = new HashMap<>();
        map.put(NEXT_NUMBER, String.valueOf(nextNumber));
        map.put(OFFICE, office.isEmpty() ? null : office);
        map.put(REQUIREMENTS, requirements.equals(DEFAULT_REQUIREMENTS) ? null : requirements);
        return map;
    }

    public BulletinSettings withNextNumber(int n) {
        return new BulletinSettings(n, office, requirements);
    }

    public BulletinSettings withOffice(String o) {
        return new BulletinSettings(nextNumber, o, requirements);
    }

    public BulletinSettings withRequirements(String r) {
        return new BulletinSettings(nextNumber, office, r);
    }
}
