package org.luoshi.sheets.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.session.Session;
import org.luoshi.sheets.BatchExport;
import org.luoshi.sheets.ExportSheets;
import org.luoshi.sheets.ExportSheets.Pick;
import org.luoshi.sheets.ExportSheets.Request;
import org.luoshi.sheets.FileNames;
import org.luoshi.sheets.PlanSheets;
import org.luoshi.sheets.PlanUnits;
import org.luoshi.sheets.RoleOrder;
import org.luoshi.sheets.SheetFormat;
import org.luoshi.sheets.SheetOptions;
import org.luoshi.sheets.UnitRoles;
import org.luoshi.sheets.UnitSheets;
import org.luoshi.paper.Orientation;
import org.luoshi.sheets.layout.PageLabels;
import org.luoshi.paper.PageSetup;
import org.luoshi.sheets.layout.Sheet;
import org.luoshi.sheets.layout.SheetLayout;
import org.luoshi.sheets.layout.SheetLayouter;
import org.luoshi.sheets.layout.SheetStyle;
import org.luoshi.ui.DialogService;

/**
 * What the 分工表 window shows and does, without its nodes: the sheets to choose from (the whole
 * plan, then every unit), the one chosen, the options, its pages as laid out, and saving through
 * {@link ExportSheets} on the session's I/O thread, with progress, cancel and a line saying what
 * happened. Files and folders are asked for through the {@link DialogService}.
 */
final class SheetsViewModel {
    private final Session session;
    private final DialogService dialogs;
    private final LocalDate today;
    private final Consumer<String> status;
    private final Executor fx;

    private final ObservableList<SheetChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<SheetChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ObjectProperty<SheetChoice> selected = new SimpleObjectProperty<>(this, "selected");
    private String preselected;
    private final ObjectProperty<Orientation> orientation = new SimpleObjectProperty<>(this, "orientation");
    private final ObjectProperty<RoleOrder> roleOrder = new SimpleObjectProperty<>(this, "roleOrder", RoleOrder.STANDARD);
    private final ObjectProperty<SheetFormat> format = new SimpleObjectProperty<>(this, "format", SheetFormat.PDF);
    private final ReadOnlyObjectWrapper<SheetLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper(this, "message", Messages.get("sheets.ui.loading"));
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    /** How many failed files the summary names one by one. */
    static final int FAILURES_SHOWN = 10;

    private Plan plan;
    private PreviewFont font;
    private boolean saving;
    private PageSetup paper = PageSetup.a4(Orientation.PORTRAIT);

    /**
     * @param dialogs asks for the file or folder to save to
     * @param today   the date the sheets are made on (制表日期)
     * @param status  told what a save came to, for the main window's status bar
     * @param fx      runs progress on the FX thread ({@code Platform::runLater}; tests: at once)
     */
    SheetsViewModel(Session session, DialogService dialogs, LocalDate today, Consumer<String> status,
            Executor fx) {
        this.session = session;
        this.dialogs = dialogs;
        this.today = today;
        this.status = status;
        this.fx = fx;
        selected.addListener((obs, old, now) -> refresh());
        orientation.addListener((obs, old, now) -> refresh());
        roleOrder.addListener((obs, old, now) -> refresh());
    }

    /** Loads {@code shown} afresh from the workspace (as shown if it is gone) and shows its sheets. */
    public void load(Plan shown) {
        session.run(Messages.get("sheets.ui.loading"), ExportSheets.find(shown.id()),
                found -> showPlan(found.orElse(shown)));
    }

    /** Shows {@code p}'s units and the preview of the whole plan's sheet. */
    public void showPlan(Plan p) {
        List<SheetChoice> items = new ArrayList<>();
        items.add(SheetChoice.WHOLE_PLAN);
        // Units in pinyin order (省财政厅 before 省发展改革委), as an office's lists are.
        java.text.Collator pinyin = java.text.Collator.getInstance(java.util.Locale.CHINA);
        PlanUnits.of(p).stream().sorted(java.util.Comparator.comparing(UnitRoles::unit, pinyin))
                .forEach(u -> items.add(new SheetChoice(u)));
        this.plan = p;
        selected.set(null); // the list changes under no choice; choosing again lays the sheet out once
        choices.setAll(items);
        SheetChoice first = SheetChoice.WHOLE_PLAN;
        for (SheetChoice c : items) {
            if (!c.wholePlan() && c.unit().unit().equals(preselected)) {
                first = c;
            }
        }
        selected.set(first);
    }

    /** The unit whose sheet shows first when the plan is shown (the unit on show in the main window); null for the whole plan. */
    public void preselect(String unit) {
        this.preselected = unit;
    }

    /** Sets the typeface for preview and printing. */
    public void useFont(PreviewFont f) {
        this.font = f;
        refresh();
    }

    /** Selects the sheet of {@code unit}, or the whole plan's for null. */
    public void select(String unit) {
        for (SheetChoice c : choices) {
            if (unit == null ? c.wholePlan() : !c.wholePlan() && c.unit().unit().equals(unit)) {
                selected.set(c);
                return;
            }
        }
        throw new IllegalArgumentException("no sheet for " + unit);
    }

    /** The page setup the system dialog chose: the preview follows its paper and orientation. */
    public void usePaper(PageSetup chosen) {
        paper = chosen;
        orientation.set(chosen.orientation());
        refresh();
    }

    /** The selected sheet with the chosen options. */
    public Sheet currentSheet() {
        SheetChoice c = selected.get();
        if (c == null || c.wholePlan()) {
            return PlanSheets.of(plan, sheetOptions());
        }
        return UnitSheets.of(plan, c.unit().unit(), sheetOptions());
    }

    /** The selected sheet laid out on {@code page} (as the print dialog settled it). */
    public SheetLayout layoutOn(PageSetup page) {
        return layouter().layout(currentSheet().withOrientation(page.orientation()), page);
    }

    private void refresh() {
        if (plan == null || font == null || selected.get() == null) {
            return;
        }
        Sheet sheet = currentSheet();
        paper = paper.turned(sheet.orientation());
        layout.set(layouter().layout(sheet, paper));
        busy.set(saving);
        if (message.get().equals(Messages.get("sheets.ui.loading"))) {
            message.set(font.pdfProblem() == null ? "" : font.pdfProblem());
        }
    }

    private SheetLayouter layouter() {
        return new SheetLayouter(font.measurer(), SheetStyle.STANDARD, PageLabels.fromMessages());
    }

    private SheetOptions sheetOptions() {
        return new SheetOptions(orientation.get(), roleOrder.get(), today);
    }

    private Pick pick() {
        SheetChoice c = selected.get();
        return c == null || c.wholePlan() ? Pick.WHOLE_PLAN : Pick.unit(c.unit().unit());
    }

    // --- saving ---

    /** Asks for a file (named by the sheet on show) and saves the sheet on show there. */
    public void chooseFileAndExport() {
        SheetFormat f = format.get();
        Pick pick = pick();
        String name = pick.wholePlan() ? FileNames.forPlan(plan, f.extension())
                : FileNames.forUnitOf(plan, pick.unit(), f.extension(), List.of());
        dialogs.chooseSaveFile(Messages.get("sheets.ui.export"), name,
                DialogService.FileFilter.of(Messages.get("sheets.ui.format." + f.name()), "*." + f.extension()))
                .ifPresent(this::exportTo);
    }

    /** Asks for a folder and saves every unit's sheet into it. */
    public void chooseFolderAndExportAll() {
        dialogs.chooseFolder(Messages.get("sheets.ui.exportAll")).ifPresent(this::exportAllTo);
    }

    /** Saves the sheet on show to {@code file} in the chosen format, in the background. */
    public void exportTo(Path file) {
        String doing = Messages.get("sheets.ui.exporting", file.getFileName(), 1, 1);
        saving(true);
        say(doing);
        Request request = Request.toFile(pick(), format.get(), sheetOptions(), file);
        session.runWithProgress(doing, ExportSheets.of(plan, request, (done, total, unit) -> { }, () -> false),
                result -> {
                    saving(false);
                    finished(Messages.get("sheets.ui.exported", file));
                }, this::failed);
    }

    /** Saves every unit's sheet into {@code folder}, one file per unit, with progress and cancel. */
    public void exportAllTo(Path folder) {
        Request request = Request.intoFolder(Pick.EVERY_UNIT, format.get(), sheetOptions(), folder);
        cancelRequested.set(false);
        saving(true);
        progress.set(0);
        exporting.set(true);
        session.runWithProgress(Messages.get("sheets.ui.exportAll"),
                ExportSheets.of(plan, request, this::progressed, cancelRequested::get), result -> {
                    saving(false);
                    exporting.set(false);
                    finished(result.cancelled() ? Messages.get("sheets.ui.cancelled", result.files().size())
                            : Messages.get("sheets.ui.exportedAll", result.files().size(), folder));
                    if (!result.failures().isEmpty()) {
                        dialogs.warn(Messages.get("sheets.ui.exportAll"), failures(result, folder));
                    }
                }, t -> {
                    exporting.set(false);
                    failed(t);
                });
    }

    /** The files that could not be saved, each with its reason: the first {@value #FAILURES_SHOWN}, then how many more. */
    static String failures(BatchExport.Result result, Path folder) {
        StringBuilder b = new StringBuilder(Messages.get("sheets.ui.someFailed", result.failures().size(),
                result.files().size(), folder));
        List<BatchExport.Failure> failures = result.failures();
        for (int i = 0; i < failures.size() && i < FAILURES_SHOWN; i++) {
            b.append('\n').append(Messages.get("sheets.ui.failedFile", failures.get(i).file(), failures.get(i).reason()));
        }
        if (failures.size() > FAILURES_SHOWN) {
            b.append('\n').append(Messages.get("sheets.ui.moreFailed", failures.size() - FAILURES_SHOWN));
        }
        return b.toString();
    }

    /** Told on the I/O thread before each file and at the end. */
    private void progressed(int done, int total, String unit) {
        fx.execute(() -> {
            // Progress that arrives after the end (a runner on this thread) is old news.
            if (exporting.get()) {
                progress.set(total == 0 ? 1 : (double) done / total);
                if (done < total) {
                    say(Messages.get("sheets.ui.exporting", unit, done + 1, total));
                }
            }
        });
    }

    /** Asks a running export of all units to stop after the file it is writing. */
    public void cancelExport() {
        cancelRequested.set(true);
    }

    private void saving(boolean now) {
        saving = now;
        busy.set(now || layout.get() == null);
    }

    private void failed(Throwable t) {
        saving(false);
        say(Messages.get("sheets.ui.failed", t.getMessage() == null ? t.toString() : t.getMessage()));
    }

    private void finished(String text) {
        say(text);
        status.accept(text);
    }

    /** Puts {@code text} on the line under the buttons. */
    public void say(String text) {
        message.set(text);
    }

    // --- state ---

    /** The whole plan's sheet, then every unit's, in the order the plan names them. */
    public ObservableList<SheetChoice> choices() {
        return choicesView;
    }

    /** The sheet on show; null only while the list is being filled. */
    public ObjectProperty<SheetChoice> selectedProperty() {
        return selected;
    }

    /** The paper's orientation, or null for the one that suits the sheet. */
    public ObjectProperty<Orientation> orientationProperty() {
        return orientation;
    }

    public ObjectProperty<RoleOrder> roleOrderProperty() {
        return roleOrder;
    }

    /** The format "Save as" and "every unit" write. */
    public ObjectProperty<SheetFormat> formatProperty() {
        return format;
    }

    /** The pages on show, null before the plan and the font are there. */
    public ReadOnlyObjectProperty<SheetLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public SheetLayout layout() {
        return layout.get();
    }

    /** True while loading or saving: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** True while every unit's sheets are being saved: progress and cancel show. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** How far saving every unit's sheet got, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The line under the buttons: what just happened, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** The typeface of preview and print, null until found. */
    public PreviewFont font() {
        return font;
    }

    /** The paper the preview is laid out on. */
    public PageSetup paper() {
        return paper;
    }
}
