package org.luoshi.importer.ui;

/** A short plan document for import tests: a header, one part, two tasks with responsibility clauses. */
public final class TwoTaskPlan {
    public static final String TEXT = """
            某市人民政府办公室关于印发营商环境重点任务分工方案的通知
            某政办发〔2024〕7号
            某市人民政府办公室
            2024年3月1日
            营商环境重点任务分工方案
            一、提升政务服务
            1．推行企业开办“一件事一次办”，2024年6月底前全面实施。（市市场监管局牵头，市人社局配合）
            2．建设政务数据共享平台。（市数据局、市财政局按职责分工负责）
            """;

    public static final String DOC_NUMBER = "某政办发〔2024〕7号";

    private TwoTaskPlan() {
    }
}
