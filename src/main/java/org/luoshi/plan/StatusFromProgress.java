package org.luoshi.plan;

import java.util.Optional;

/**
 * The status a recorded percent points to: progress above 0 % on a task still 未开始 suggests
 * 进行中, 100 % on a task not yet 已完成 or 已销号 suggests 已完成. Only ever a suggestion the person
 * confirms; a task on hold (暂缓) is moved only by 100 %.
 */
public final class StatusFromProgress {
    private StatusFromProgress() {
    }

    /** The status to offer after recording {@code percent} on a task in {@code current}; empty if none. */
    public static Optional<TaskStatus> suggest(TaskStatus current, int percent) {
        if (percent >= 100 && current != TaskStatus.DONE && current != TaskStatus.CLOSED) {
            return Optional.of(TaskStatus.DONE);
        }
        if (percent > 0 && current == TaskStatus.NOT_STARTED) {
            return Optional.of(TaskStatus.IN_PROGRESS);
        }
        return Optional.empty();
    }
}
