package org.luoshi.rounds.workspace;

import java.util.Set;
import org.luoshi.edit.Change;
import org.luoshi.edit.Edit;
import org.luoshi.rounds.Round;
import org.luoshi.storage.Workspace;

/** Opens a progress round; undo deletes it again, redo puts it back under the same id and token. */
final class OpenRound implements Edit {
    private final String description;
    private Round round;

    OpenRound(String description, Round round) {
        this.description = description;
        this.round = round;
    }

    Round round() {
        return round;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Change execute(Workspace ws) {
        round = ws.rounds().create(round);
        return nothingToReadBack();
    }

    @Override
    public Change undo(Workspace ws) {
        ws.rounds().delete(round.id());
        return nothingToReadBack();
    }

    /** A round holds no task or plan data the views keep: nothing is read back. */
    static Change nothingToReadBack() {
        return new Change(Set.of(), Set.of(), false, 0, 0);
    }
}
