package org.luoshi.rounds.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.luoshi.calendar.WorkingDayCalendar;
import org.luoshi.edit.Change;
import org.luoshi.files.FileNameFit;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;
import org.luoshi.rounds.ChaseNotice;
import org.luoshi.rounds.Collect;
import org.luoshi.rounds.ReturnedForm;
import org.luoshi.rounds.Review;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.RoundDue;
import org.luoshi.rounds.RoundScope;
import org.luoshi.rounds.Submission;
import org.luoshi.rounds.UnitForm;
import org.luoshi.rounds.UnitForms;
import org.luoshi.rounds.XlsxForm;
import org.luoshi.rounds.FormReader;
import org.luoshi.rounds.DocxForm;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.storage.Workspace;

/**
 * The use cases of progress rounds, the same for the window and the command line: open a round,
 * list a plan's rounds, write the forms, review returned forms, apply a review, the board and the
 * 催报 notice. Opening and applying are undoable edits; the rest only read the workspace.
 */
public final class Rounds {
    private Rounds() {
    }

    /**
     * What opening a round asks for.
     *
     * @param units   unit names the round asks (empty: all); each must hold a task of the plan
     * @param taskIds tasks the round asks about (empty: all not closed); each must be of the plan
     */
    public record OpenRequest(long planId, String period, RoundDue due, String contact, List<String> units,
            List<Long> taskIds, LocalDate today) {
        public OpenRequest {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(due, "due");
            units = List.copyOf(units);
            taskIds = List.copyOf(taskIds);
        }
    }

    /** A round of a plan with its board as of a day. */
    public record Summary(Round round, RoundBoard board) {
    }

    /** A round with its plan, scope and current forms: what every other use case starts from. */
    public record Loaded(Round round, Plan plan, RoundScope scope, List<Submission> submissions,
            Map<String, Submission> current, String workspace) {
        public RoundBoard board(LocalDate today) {
            return RoundBoard.of(scope, round, current, today);
        }
    }

    /**
     * Opens a round as an undoable edit; returns it with its id.
     *
     * @throws IllegalArgumentException (with a message for the person) for an unknown plan, unit or task
     */
    public static UseCase<Round> open(OpenRequest request) {
        return session -> {
            Workspace ws = session.workspace();
            Plan plan = plan(ws, request.planId());
            Set<String> planUnits = new HashSet<>();
            plan.tasks().forEach(t -> t.assignments().forEach(a -> planUnits.add(a.unit().name())));
            Map<String, String> aliases = ws.units().aliases();
            List<String> units = new ArrayList<>();
            for (String name : request.units()) {
                String n = name.strip();
                String canonical = planUnits.contains(n) ? n : aliases.getOrDefault(n, n);
                if (!planUnits.contains(canonical)) {
                    throw new IllegalArgumentException(Messages.get("rounds.error.unknownUnit", n, plan.displayTitle()));
                }
                if (!units.contains(canonical)) {
                    units.add(canonical);
                }
            }
            Set<Long> planTasks = new HashSet<>();
            plan.tasks().forEach(t -> planTasks.add(t.id()));
            for (long id : request.taskIds()) {
                if (!planTasks.contains(id)) {
                    throw new IllegalArgumentException(Messages.get("rounds.error.unknownTask", id, plan.displayTitle()));
                }
            }
            Round round = new Round(0, plan.id(), request.period(), request.due().date(), request.due().rule(),
                    request.contact(), request.today(), "", units, request.taskIds());
            OpenRound edit = new OpenRound(Messages.get("rounds.edit.open", round.period()), round);
            session.apply(edit);
            return edit.round();
        };
    }

    /** The workspace setting that remembers the office's contact printed on the forms. */
    public static final String CONTACT_SETTING = "rounds.contact";

    /**
     * What the new-round dialog starts from: the workspace's working-day calendar (the shipped one
     * with the workspace's own days), to show the due day as it is counted, and the contact the
     * office gave last time ("" if none).
     */
    public record NewRoundDefaults(WorkingDayCalendar calendar, String contact) {
    }

    public static UseCase<NewRoundDefaults> newRoundDefaults(WorkingDayCalendar shipped) {
        return session -> new NewRoundDefaults(shipped.with(session.workspace().calendar().adjustments()),
                session.workspace().settings().get(CONTACT_SETTING).orElse(""));
    }

    /**
     * The forms to write when a round is opened: which kinds, into which folder (null: none now),
     * named with the plan's 文号 and the period in front or not.
     */
    public record FormsRequest(Set<Format> formats, Path folder, boolean prefix) {
        public FormsRequest {
            formats = Set.copyOf(formats);
        }

        public static FormsRequest none() {
            return new FormsRequest(Set.of(), null, false);
        }
    }

    /** A round just opened, with the forms written for it. */
    public record Opened(Round round, List<Path> files) {
    }

    /**
     * Opens a round (an undoable edit), remembers its contact for the next round, and writes its
     * forms: what the new-round dialog does. A round opened but whose forms could not be written
     * stays open (the forms can be written again from the window); the failure is thrown.
     */
    public static UseCase<Opened> openAndWrite(OpenRequest request, FormsRequest forms) {
        return session -> {
            Round round = open(request).run(session);
            String contact = request.contact() == null ? "" : request.contact().strip();
            session.workspace().settings().put(CONTACT_SETTING, contact.isEmpty() ? null : contact);
            List<Path> files = new ArrayList<>();
            if (forms.folder() != null && !forms.formats().isEmpty()) {
                Loaded l = load(session.workspace(), round.id());
                for (Format f : Format.values()) {
                    if (forms.formats().contains(f)) {
                        files.addAll(writeForms(l, f, forms.folder(), null, forms.prefix()));
                    }
                }
            }
            return new Opened(round, files);
        };
    }

    /** The due day {@code workingDays} working days after {@code periodEnd}, on the workspace's calendar. */
    public static UseCase<RoundDue> workingDaysAfter(LocalDate periodEnd, int workingDays, WorkingDayCalendar shipped) {
        return session -> RoundDue.workingDaysAfter(periodEnd, workingDays,
                shipped.with(session.workspace().calendar().adjustments()));
    }

    /** The rounds of a plan, each with its board as of {@code today}. */
    public static UseCase<List<Summary>> list(long planId, LocalDate today) {
        return session -> {
            Workspace ws = session.workspace();
            Plan plan = plan(ws, planId);
            List<Summary> out = new ArrayList<>();
            for (Round r : ws.rounds().ofPlan(planId)) {
                Loaded l = loaded(ws, r, plan);
                out.add(new Summary(r, l.board(today)));
            }
            return out;
        };
    }

    /** The board of {@code round} of {@code plan} as of {@code today}, from the plan as given (not read again). */
    public static UseCase<RoundBoard> board(Plan plan, Round round, LocalDate today) {
        return session -> loaded(session.workspace(), round, plan).board(today);
    }

    /** The round with everything about it. */
    public static UseCase<Loaded> load(long roundId) {
        return session -> load(session.workspace(), roundId);
    }

    static Loaded load(Workspace ws, long roundId) {
        Round round = ws.rounds().find(roundId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("rounds.error.unknownRound", roundId)));
        return loaded(ws, round, plan(ws, round.planId()));
    }

    private static Loaded loaded(Workspace ws, Round round, Plan plan) {
        List<Submission> all = ws.rounds().submissions(round.id());
        return new Loaded(round, plan, RoundScope.of(plan, round), all, RoundReads.current(all), ws.rounds().workspaceId());
    }

    private static Plan plan(Workspace ws, long planId) {
        return ws.plans().load(planId).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("rounds.error.unknownPlan", planId)));
    }

    /**
     * Writes the forms of a round into {@code folder} as .xlsx, one per unit ({@code unit} null) or
     * for one unit; names {@code <unit>.xlsx}, with {@code prefix} the plan's 文号 and the period in
     * front. Returns the files written.
     */
    public static UseCase<List<Path>> forms(long roundId, Path folder, String unit, boolean prefix) {
        return forms(roundId, Format.XLSX, folder, unit, prefix);
    }

    /** The two kinds of form. */
    public enum Format {
        XLSX, DOCX;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@link #forms(long, Path, String, boolean)} as .xlsx or as .docx. */
    public static UseCase<List<Path>> forms(long roundId, Format format, Path folder, String unit, boolean prefix) {
        return session -> writeForms(load(session.workspace(), roundId), format, folder, unit, prefix);
    }

    /** {@link #forms} from a loaded round (the benchmark times this part). */
    public static List<Path> writeForms(Loaded l, Path folder, String unit, boolean prefix) throws IOException {
        return writeForms(l, Format.XLSX, folder, unit, prefix);
    }

    public static List<Path> writeForms(Loaded l, Format format, Path folder, String unit, boolean prefix)
            throws IOException {
        List<String> units;
        if (unit == null) {
            units = l.scope().units();
        } else if (l.scope().units().contains(unit.strip())) {
            units = List.of(unit.strip());
        } else {
            throw new IllegalArgumentException(Messages.get("rounds.error.unitNotInRound", unit, l.round().period()));
        }
        Files.createDirectories(folder);
        FileNameFit.Room room = FileNameFit.roomIn(folder);
        List<String> taken = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        String front = prefix ? prefix(l) : "";
        for (String u : units) {
            boolean word = format == Format.DOCX;
            // A Word cell holds any length: only the workbook's cells cut over-long text.
            UnitForm form = UnitForms.of(l.scope(), l.round(), u, l.workspace(), word ? t -> t : XlsxForm::fit);
            String name = FileNameFit.name(front + u, format.extension(), taken, room);
            taken.add(name);
            Path target = folder.resolve(name);
            if (word) {
                DocxForm.write(form, target);
            } else {
                XlsxForm.write(form, target);
            }
            written.add(target);
        }
        return written;
    }

    private static String prefix(Loaded l) {
        String doc = l.plan().docNumber() == null ? "" : l.plan().docNumber().strip();
        return (doc.isEmpty() ? "" : doc + " ") + l.round().period() + " ";
    }

    /** The files to read for {@code paths}: files as given; in folders their .xlsx and .docx files (not Office's lock files). */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> in = Files.list(p)) {
                    in.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                                    || f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx"))
                            .filter(f -> !f.getFileName().toString().startsWith("~$")
                                    && !f.getFileName().toString().startsWith(".~lock"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Reads and checks returned forms against the round, all received on {@code received}; nothing is written. */
    public static UseCase<Review> review(long roundId, List<Path> files, LocalDate received) {
        return session -> review(load(session.workspace(), roundId), files, received);
    }

    /**
     * Reads and checks returned forms against the round, each received on the day of
     * {@link #receivedByDefault}; nothing is written.
     */
    public static UseCase<Review> reviewAsReceived(long roundId, List<Path> files, LocalDate today) {
        return session -> review(load(session.workspace(), roundId), files, today, receivedByDefault(today));
    }

    public static Review review(Loaded l, List<Path> files, LocalDate received) throws IOException {
        return review(l, files, received, file -> received);
    }

    public static Review review(Loaded l, List<Path> files, LocalDate today, Function<Path, LocalDate> receivedOn)
            throws IOException {
        List<ReturnedForm> forms = new ArrayList<>();
        for (Path f : expand(files)) {
            forms.add(FormReader.read(f));
        }
        return Collect.review(l.scope(), l.round(), l.workspace(), l.current(), forms, today, receivedOn);
    }

    /**
     * The day a returned file counts as received unless the person says otherwise: the day it was
     * last modified (saved by the unit, or by the mail program that stored it) if that is before
     * {@code today}, else {@code today}. A file whose time cannot be read: {@code today}.
     */
    public static Function<Path, LocalDate> receivedByDefault(LocalDate today) {
        return file -> {
            try {
                LocalDate modified = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                        java.time.ZoneId.systemDefault());
                return modified.isBefore(today) ? modified : today;
            } catch (IOException | RuntimeException e) {
                return today;
            }
        };
    }

    /**
     * Applies a review as one undoable edit; {@code confirmedDone} are the tasks whose 是否完成 是 the
     * person confirmed (they become 已完成). Returns what changed.
     */
    public static UseCase<Change> apply(Review review, Set<Long> confirmedDone) {
        return session -> {
            Round round = session.workspace().rounds().find(review.roundId()).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("rounds.error.unknownRound", review.roundId())));
            int units = review.submissions().size();
            return session.apply(org.luoshi.edit.Recorded.as(new ApplyForms(Messages.get("rounds.edit.apply", units,
                    round.period()), round.planId(), review, confirmedDone),
                    Messages.chinese("rounds.edit.apply", units, round.period())));
        };
    }

    /** The board of a round as of {@code today}. */
    public static UseCase<RoundBoard> board(long roundId, LocalDate today) {
        return session -> load(session.workspace(), roundId).board(today);
    }

    /** Writes the 催报 notice of a round as .docx; returns its text. */
    public static UseCase<String> chaseNotice(long roundId, LocalDate today, Path target) {
        return session -> {
            Loaded l = load(session.workspace(), roundId);
            RoundBoard board = l.board(today);
            if (target != null) {
                ChaseNotice.writeDocx(board, l.plan().displayTitle(), l.plan().issuer(), target);
            }
            return ChaseNotice.text(board, l.plan().displayTitle(), l.plan().issuer());
        };
    }

    /** The tasks of a review's lines, for showing: id → task. */
    public static Map<Long, Task> tasks(Loaded l) {
        Map<Long, Task> out = new java.util.HashMap<>();
        l.scope().tasks().forEach(t -> out.put(t.id(), t));
        return out;
    }

}
