package org.luoshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.luoshi.i18n.Messages;
import org.luoshi.importer.ImportDocument;
import org.luoshi.importer.PlanJsonWriter;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.read.DocumentReadException;
import org.luoshi.importer.table.RememberedHeaders;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.settings.UserSettingsFile;
import org.luoshi.storage.WorkspaceException;
import org.luoshi.storage.WorkspaceInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE --json} prints the plan JSON and writes nothing; {@code import FILE} saves
 * the plan in the workspace and prints its id and task count. {@code --sheet NAME} reads a
 * workbook's tasks from that sheet only. Table headers are read with the meanings remembered in the user
 * settings ({@code --settings FILE}, default the app's), as the review window reads them.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read a plan document; print it as JSON (--json) or save it in the workspace.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LuoshiCommand root;

    @Parameters(paramLabel = "FILE", description = "The plan document: text (UTF-8, UTF-16, GB18030), Word .docx or "
            + ".doc, WPS .wps, PDF, or an Excel workbook (.xlsx, .xls, WPS .et).")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "Read the tasks from this sheet of a workbook only (default: every sheet with a task table).")
    String sheet;

    @Option(names = "--json", description = "Print the plan as JSON (its format: docs/plan-json.md) and save nothing.")
    boolean json;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The user settings whose remembered table headers (the column meanings chosen in the review "
                    + "window) are used (default: the app's settings file).")
    Path settings;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        var err = root.spec.commandLine().getErr();
        ImportDocument.Read read;
        try {
            // The column meanings the person chose in the window for headers spelled this way count here too.
            RememberedHeaders headers = RememberedHeaders.fromNames(
                    UserSettingsFile.load(settings != null ? settings : UserSettingsFile.defaultFile()).tableHeaders());
            read = ImportDocument.read(file, sheet, headers);
        } catch (DocumentReadException e) {
            err.println(e.getMessage());
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        ParsedPlan parsed = read.parsed();
        // Names converted from traditional characters: said on stderr, so that --json output stays the plan alone.
        read.documentWarnings().forEach(err::println);
        if (!read.hasTasks() && (!json || read.document().workbook())) {
            // A workbook without a task table is bad input even for --json: its cells are no plan.
            err.println(read.document().workbook() ? read.noTasksMessage()
                    : Messages.get("import.error.noTasks", file));
            return LuoshiCommand.EXIT_BAD_INPUT;
        }
        if (json) {
            out.println(new PlanJsonWriter().write(parsed));
            return 0;
        }
        try (WorkspaceForChanges opened = WorkspaceForChanges.open(root.where())) {
            Plan saved = ImportDocument.save(parsed.plan()).run(CliSession.of(opened.workspace()));
            out.println(Messages.get("cli.import.saved", String.valueOf(saved.id()), saved.tasks().size()));
            return 0;
        } catch (WorkspaceInUseException e) {
            err.println(WorkspaceForChanges.inUse(e));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (WorkspaceException e) {
            err.println(Messages.get("cli.error.workspace", e.getMessage()));
            return LuoshiCommand.EXIT_BAD_INPUT;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
