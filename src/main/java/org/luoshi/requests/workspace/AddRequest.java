package org.luoshi.requests.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.TaskRequest;
import org.luoshi.storage.Workspace;

/**
 * Stores a request; a closing request's evidence files are read and stored in the same transaction,
 * so the request is there with all its evidence or not at all. Undo deletes the request; its evidence
 * content stays (redo puts the request back under the same id, and an undone task deletion may need it) until
 * {@link Evidence#dropUnused} runs where no undo history can need it.
 */
final class AddRequest implements Edit {
    private final String description;
    private final List<Path> files;
    private TaskRequest request;

    AddRequest(String description, TaskRequest request, List<Path> files) {
        this.description = description;
        this.request = request;
        this.files = List.copyOf(files);
    }

    TaskRequest request() {
        return request;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        List<EvidenceFile> stored = new ArrayList<>();
        for (Path f : files) {
            stored.add(ws.requests().storeEvidence(f.getFileName().toString(), f));
        }
        TaskRequest toStore = stored.isEmpty() ? request : new TaskRequest(0, request.kind(), request.taskId(),
                request.milestoneId(), request.milestoneLabel(), request.originalDate(), request.requestedDate(),
                request.reason(), request.progress(), request.summary(), request.unit(), request.requestedOn(),
                request.requestedBy(), request.state(), request.opinion(), request.decidedBy(), request.decidedAt(), stored);
        request = ws.requests().add(toStore);
        return change(ws);
    }

    @Override
    public Change redo(Workspace ws) {
        request = ws.requests().add(request);
        return change(ws);
    }

    @Override
    public Change undo(Workspace ws) {
        ws.requests().remove(request.id());
        return change(ws);
    }

    private Change change(Workspace ws) {
        return Change.task(ws.tasks().planOf(request.taskId()), request.taskId());
    }
}
