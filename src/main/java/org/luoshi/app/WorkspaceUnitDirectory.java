package org.luoshi.app;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Unit;
import org.luoshi.plan.ui.UnitDirectoryDialog;
import org.luoshi.plan.ui.UnitDirectoryDialog.Entry;
import org.luoshi.storage.RowVersions;
import org.luoshi.storage.Workspace;

/** The unit directory dialog's link to the workspace: every call runs on the I/O thread. */
final class WorkspaceUnitDirectory implements UnitDirectoryDialog.Directory {
    private final MainViewModel model;

    WorkspaceUnitDirectory(MainViewModel model) {
        this.model = model;
    }

    @Override
    public void load(Consumer<List<Entry>> done) {
        model.session().run(Messages.get("app.loading"), s -> entries(s.workspace()), done);
    }

    @Override
    public void merge(Unit from, Unit into, Consumer<List<Entry>> done) {
        model.session().run(Messages.get("units.merging"), s -> {
            Workspace ws = s.workspace();
            ws.inTransaction(Messages.get("units.merging"), () -> {
                // Someone else merged or removed the unit meanwhile: said so, nothing merged.
                org.luoshi.edit.RowGuard.claim(ws, RowVersions.Row.UNIT, from.id(), org.luoshi.edit.EditConflict.Step.EDIT,
                        Messages.get("units.merging"), from.name(),
                        () -> ws.units().all().stream().filter(u -> u.id() == from.id()).map(Unit::name).findFirst(),
                        name -> name, null);
                ws.versions().touch(RowVersions.Row.UNIT, into.id());
                ws.units().merge(from.id(), into.id());
                return null;
            });
            return entries(ws);
        }, entries -> {
            done.accept(entries);
            model.reload();
        });
    }

    @Override
    public void addAlias(Unit unit, String alias, Consumer<List<Entry>> done) {
        model.session().run(Messages.get("units.merging"), s -> {
            s.workspace().units().addAlias(unit.id(), alias);
            return entries(s.workspace());
        }, entries -> {
            done.accept(entries);
            model.refreshUnitAliases();
        });
    }

    static List<Entry> entries(Workspace ws) {
        Map<String, List<String>> aliases = UnitDirectoryDialog.aliasesByUnit(ws.units().aliases());
        return ws.units().taskCounts().stream()
                .map(c -> new Entry(c.unit(), c.taskCount(), aliases.getOrDefault(c.unit().name(), List.of())))
                .toList();
    }
}
