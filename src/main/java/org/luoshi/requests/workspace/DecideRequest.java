package org.luoshi.requests.workspace;

import java.time.LocalDateTime;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.edit.EditConflict;
import org.luoshi.edit.RowGuard;
import org.luoshi.storage.RowVersions.Row;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.TaskStatus;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.TaskRequest;
import org.luoshi.storage.Workspace;

/**
 * Records the decision on a pending request: 同意 / 不同意 an extension, 通过 / 退回 a closing. A passed
 * closing sets the task to 已销号. Undo makes the request pending again and gives the task its status back.
 */
final class DecideRequest implements Edit {
    private final String description;
    private final long requestId;
    private final boolean approve;
    private final String opinion;
    private final String by;
    private final LocalDateTime at;
    private TaskStatus statusBefore;
    private TaskRequest decided;

    DecideRequest(String description, long requestId, boolean approve, String opinion, String by, LocalDateTime at) {
        this.description = description;
        this.requestId = requestId;
        this.approve = approve;
        this.opinion = opinion == null ? "" : opinion.strip();
        this.by = by;
        this.at = at;
    }

    TaskRequest decided() {
        return decided;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        ws.requests().find(requestId).orElseThrow(() -> new IllegalArgumentException(
                Messages.get("requests.error.noRequest", String.valueOf(requestId))));
        // Claimed first: of two people deciding it at once, the second waits and finds it decided.
        TaskRequest r = RowGuard.claim(ws, Row.REQUEST, requestId, EditConflict.Step.EDIT, description, null,
                () -> ws.requests().find(requestId), TaskRequest::stateWord, null);
        if (!r.pending()) {
            throw new IllegalArgumentException(Messages.get("requests.error.decided", String.valueOf(requestId),
                    r.stateWord()));
        }
        RequestState state = approve ? RequestState.APPROVED : RequestState.REFUSED;
        ws.requests().decide(requestId, state, opinion, by, at);
        statusBefore = ws.tasks().require(r.taskId()).status();
        if (r.kind() == RequestKind.CLOSING && approve) {
            ws.versions().touch(Row.TASK, r.taskId());
            ws.tasks().setStatus(r.taskId(), TaskStatus.CLOSED);
        }
        decided = r.decided(state, opinion, by, at);
        return Change.task(ws.tasks().planOf(r.taskId()), r.taskId());
    }

    @Override
    public Change undo(Workspace ws) {
        RowGuard.claim(ws, Row.REQUEST, requestId, EditConflict.Step.UNDO, description, decided.state(),
                () -> ws.requests().find(requestId).map(TaskRequest::state), state -> decided.stateWord(), null);
        ws.requests().decide(requestId, RequestState.PENDING, "", "", null);
        if (ws.tasks().require(decided.taskId()).status() != statusBefore) {
            ws.versions().touch(Row.TASK, decided.taskId());
            ws.tasks().setStatus(decided.taskId(), statusBefore);
        }
        return Change.task(ws.tasks().planOf(decided.taskId()), decided.taskId());
    }
}
