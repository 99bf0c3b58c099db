package org.luoshi.requests;

/** What a unit asks of the office about a task: more time (延期申请), or to close it (销号申请). */
public enum RequestKind {
    /** 延期申请: a later date for the task's last deadline or for one milestone. */
    EXTENSION,
    /** 销号申请: the work is done; a summary and evidence for the office to review. */
    CLOSING
}
