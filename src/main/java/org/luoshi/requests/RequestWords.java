package org.luoshi.requests;

/** The Chinese words of requests, as documents and the history say them whatever the interface language. */
public final class RequestWords {
    private RequestWords() {
    }

    public static String kind(RequestKind kind) {
        return kind == RequestKind.EXTENSION ? "延期申请" : "销号申请";
    }

    public static String state(RequestKind kind, RequestState state) {
        boolean ext = kind == RequestKind.EXTENSION;
        return switch (state) {
            case PENDING -> ext ? "待审批" : "待审核";
            case APPROVED -> ext ? "同意" : "通过";
            case REFUSED -> ext ? "不同意" : "退回";
        };
    }

    /** 按期 or 逾期. */
    public static String timeliness(boolean onTime) {
        return onTime ? "按期" : "逾期";
    }
}
