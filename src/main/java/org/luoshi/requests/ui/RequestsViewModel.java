package org.luoshi.requests.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EvidenceFile;
import org.luoshi.requests.RequestKind;
import org.luoshi.requests.RequestState;
import org.luoshi.requests.TaskRequest;
import org.luoshi.requests.workspace.Evidence;
import org.luoshi.requests.workspace.Requests;
import org.luoshi.session.Session;
import org.luoshi.ui.DialogService;

/**
 * The requests window's state: the plan's requests (filtered by state), the one selected, and what the buttons
 * do — ask, decide, open and export evidence, print the 延期审批单. Every read and write is a use case of
 * {@code requests.workspace} run through the session; FX state only, no nodes.
 */
final class RequestsViewModel {
    /** What the list shows. */
    enum Filter { ALL, PENDING, APPROVED, REFUSED }

    /** One request with its task. */
    record Row(TaskRequest request, Task task) {
    }

    private final Session session;
    private final DialogService dialogs;
    private final RequestDialogs forms;
    private final Clock clock;
    private final Consumer<String> status;
    private final Consumer<Path> viewer;
    private final List<Row> all = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<DeadlineRule> rule = new SimpleObjectProperty<>(DeadlineRule.APPROVED);
    private boolean ruleRead;
    private Plan plan;

    RequestsViewModel(Session session, DialogService dialogs, RequestDialogs forms, Clock clock, Consumer<String> status,
            Consumer<Path> viewer) {
        this.session = session;
        this.dialogs = dialogs;
        this.forms = forms;
        this.clock = clock;
        this.status = status;
        this.viewer = viewer;
        filter.addListener((o, was, is) -> applyFilter());
        rule.addListener((o, was, is) -> ruleChanged(is));
    }

    ObservableList<Row> rows() {
        return rows;
    }

    ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** The office's rule for the date that counts; setting it stores it (undoable). */
    ObjectProperty<DeadlineRule> ruleProperty() {
        return rule;
    }

    private void ruleChanged(DeadlineRule is) {
        if (ruleRead && is != null) {
            session.run(Messages.get("requests.ui.saving"), Requests.setRule(is),
                    r -> status.accept(Messages.get("requests.rule." + r.name())), this::failed);
        }
    }

    Plan plan() {
        return plan;
    }

    /** Shows the requests of {@code shown}; then selects the request {@code select} (0: none). */
    void load(Plan shown, long select) {
        this.plan = shown;
        if (!ruleRead) {
            session.run(Messages.get("requests.ui.loading"), Requests.rule(), r -> {
                rule.set(r);
                ruleRead = true;
            }, this::failed);
        }
        session.run(Messages.get("requests.ui.loading"), Requests.planWithRequests(shown.id()), result -> {
            plan = result.plan();
            List<TaskRequest> requests = result.requests();
            Map<Long, Task> tasks = new HashMap<>();
            plan.tasks().forEach(t -> tasks.put(t.id(), t));
            all.clear();
            for (TaskRequest r : requests) {
                Task t = tasks.get(r.taskId());
                if (t != null) {
                    all.add(new Row(r, t));
                }
            }
            applyFilter();
            if (select != 0) {
                rows.stream().filter(r -> r.request().id() == select).findFirst().ifPresent(selected::set);
            }
        }, this::failed);
    }

    private void applyFilter() {
        Row keep = selected.get();
        rows.setAll(all.stream().filter(r -> switch (filter.get()) {
            case ALL -> true;
            case PENDING -> r.request().state() == RequestState.PENDING;
            case APPROVED -> r.request().state() == RequestState.APPROVED;
            case REFUSED -> r.request().state() == RequestState.REFUSED;
        }).toList());
        selected.set(keep == null ? null : rows.stream().filter(r -> r.request().id() == keep.request().id())
                .findFirst().orElse(null));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 申请延期… for {@code task}. */
    void extend(Task task) {
        forms.askExtension(task, today()).ifPresent(input -> session.run(Messages.get("requests.ui.saving"),
                Requests.extend(input), r -> done(Messages.get("requests.ui.extended", r.id()), r.id()), this::failed));
    }

    /** 申请销号… for {@code task}: the evidence is stored with the request in one transaction. */
    void close(Task task) {
        forms.askClosing(task, today()).ifPresent(input -> session.run(Messages.get("requests.ui.storingEvidence"),
                Requests.close(input), r -> done(Messages.get("requests.ui.closeAsked", r.id()), r.id()), this::failed));
    }

    /** 审批… / 审核… of the selected request. */
    void decideSelected() {
        Row row = selected.get();
        if (row == null || !row.request().pending()) {
            return;
        }
        forms.askDecision(row.request(), row.task()).ifPresent(d -> session.run(Messages.get("requests.ui.saving"),
                row.request().kind() == RequestKind.EXTENSION
                        ? Requests.decide(row.request().id(), d.yes(), d.opinion(), LocalDateTime.now(clock))
                        : Requests.review(row.request().id(), d.yes(), d.opinion(), LocalDateTime.now(clock)),
                r -> done(Messages.get("requests.ui.decided", r.id(), r.stateWord()), r.id()), this::failed));
    }

    /** Opens one evidence file with the system's viewer (written to a temporary file first). */
    void open(EvidenceFile file) {
        session.run(Messages.get("requests.ui.opening", file.name()), Evidence.toTemporaryFile(file), viewer,
                this::failed);
    }

    /** Exports the evidence of the selected request's task, or (task null) of the whole plan. */
    void exportEvidence(boolean wholePlan) {
        Row row = selected.get();
        if (plan == null || !wholePlan && row == null) {
            return;
        }
        String name = (wholePlan ? plan.displayTitle() : "任务" + row.task().label()) + "佐证材料.zip";
        dialogs.chooseSaveFile(Messages.get("requests.ui.exportTitle"), org.luoshi.files.FileNameFit.name(name.substring(0, name.length() - 4), "zip"),
                DialogService.FileFilter.of(Messages.get("requests.ui.zipFiles"), "*.zip")).ifPresent(zip ->
                session.run(Messages.get("requests.ui.exporting"), wholePlan ? Evidence.exportPlan(plan.id(), zip)
                        : Evidence.exportTask(row.task().id(), zip), n -> status.accept(
                                Messages.get("requests.cli.exported", n, zip.toString())), this::failed));
    }

    /** Writes the 延期审批单 of the selected extension request. */
    void printForm() {
        Row row = selected.get();
        if (row == null || row.request().kind() != RequestKind.EXTENSION) {
            return;
        }
        dialogs.chooseSaveFile(Messages.get("requests.ui.formTitle"), "延期审批单-任务" + row.task().label() + ".docx",
                DialogService.FileFilter.of(Messages.get("requests.ui.formFiles"), "*.docx", "*.pdf")).ifPresent(target ->
                        session.run(Messages.get("requests.ui.saving"),
                        target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                                ? Requests.extensionFormPdf(row.request().id(), target, null)
                                : Requests.extensionForm(row.request().id(), target),
                        p -> status.accept(Messages.get("requests.ui.formWritten", p.toString())), this::failed));
    }

    private void done(String said, long requestId) {
        status.accept(said);
        if (plan != null) {
            load(plan, requestId);
        }
    }

    private void failed(Throwable t) {
        Throwable cause = t instanceof IllegalArgumentException || t.getCause() == null ? t : t.getCause();
        dialogs.warn(Messages.get("requests.ui.title"), cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }
}
