package org.luoshi.notices.workspace;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.notices.Notice;
import org.luoshi.notices.NoticeDocument;
import org.luoshi.notices.NoticeNumber;
import org.luoshi.notices.NoticeSettings;
import org.luoshi.storage.Workspace;

/**
 * Issues a notice: takes the next number of its kind in its year (read when it runs), stores the
 * notice and moves the next number on, in one transaction. Undo removes the notice and gives the
 * number back; redo stores the same notice, number and id again.
 */
final class IssueNotice implements Edit {
    private final String description;
    private final Notice draft;
    private Notice stored;
    private Optional<String> nextBefore;

    IssueNotice(String description, Notice draft) {
        this.description = description;
        this.draft = draft;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String record() {
        Notice n = stored != null ? stored : draft;
        return "发出" + n.kind().title() + " " + n.number()
                + (n.timeLimit() == null ? "" : "（办理时限：" + NoticeDocument.timeLimit(n) + "）");
    }

    @Override
    public Set<Long> tasks() {
        return new LinkedHashSet<>(draft.taskIds());
    }

    @Override
    public Change execute(Workspace ws) {
        String key = NoticeNumber.nextKey(draft.kind(), draft.year());
        nextBefore = ws.settings().get(key);
        if (stored == null) {
            NoticeSettings settings = NoticeSettings.of(ws.settings().all(), draft.year());
            int seq = settings.next(draft.kind());
            stored = draft.numbered(draft.year(), seq,
                    NoticeNumber.format(settings.format(draft.kind()), draft.year(), seq));
        }
        stored = ws.notices().add(stored);
        ws.settings().put(key, String.valueOf(stored.seq() + 1));
        return change();
    }

    @Override
    public Change undo(Workspace ws) {
        ws.notices().remove(stored.id());
        ws.settings().put(NoticeNumber.nextKey(draft.kind(), draft.year()), nextBefore.orElse(null));
        return change();
    }

    private Change change() {
        return draft.taskIds().size() == 1 ? Change.task(draft.planId(), draft.taskIds().get(0))
                : new Change(Set.copyOf(draft.taskIds()), Set.of(), false, draft.planId(), 0);
    }

    Notice stored() {
        return stored;
    }
}
