package org.luoshi.requests;

/**
 * Where a request stands. An extension is 同意 (APPROVED) or 不同意 (REFUSED); a closing request is
 * 通过 (APPROVED) or 退回 (REFUSED, with what must be redone). A decided request is never decided again.
 */
public enum RequestState {
    /** 待审批 / 待审核 */
    PENDING,
    /** 同意 / 通过 */
    APPROVED,
    /** 不同意 / 退回 */
    REFUSED
}
