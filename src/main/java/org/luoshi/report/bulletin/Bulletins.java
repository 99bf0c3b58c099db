package org.luoshi.report.bulletin;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.report.PaceRules;
import org.luoshi.report.PlanPace;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.RoundBoard;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.requests.DeadlineRule;
import org.luoshi.requests.EffectiveDeadlines;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.settings.WorkspaceSettings;
import org.luoshi.storage.Workspace;

/**
 * The bulletin's use cases, the same for the window and the {@code bulletin} command: the workspace's
 * bulletin settings (next number, office, default 下步要求), a draft for a plan on a day with the board of
 * a round, and saving a (possibly edited) bulletin as .docx or .pdf, which moves the next number on.
 */
public final class Bulletins {

    /** The kinds of file a bulletin is saved as. */
    public enum Format {
        DOCX, PDF;

        /** The format of {@code file} by its extension, or null. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".docx") ? DOCX : name.endsWith(".pdf") ? PDF : null;
        }
    }

    /**
     * What a draft is made for.
     *
     * @param roundId      the round whose 报送情况 to report; null for the plan's latest round opened by {@code today}
     * @param number       第N期; null for the workspace's next number
     * @param office       the issuing office; null for the one saved (else the plan's issuer)
     * @param requirements 四、下步要求; null for the workspace's default text
     */
    public record Request(long planId, Long roundId, LocalDate today, Integer number, String office,
            String requirements) {
        public Request {
            Objects.requireNonNull(today, "today");
        }

        public static Request of(long planId, Long roundId, LocalDate today) {
            return new Request(planId, roundId, today, null, null, null);
        }
    }

    private Bulletins() {
    }

    public static UseCase<BulletinSettings> settings() {
        return session -> BulletinSettings.fromMap(session.workspace().settings().all());
    }

    /** Stores the next number, the office and the default 下步要求. */
    public static UseCase<BulletinSettings> saveSettings(BulletinSettings s) {
        return session -> {
            session.workspace().settings().putAll(s.toMap());
            return s;
        };
    }

    /** The draft; an unknown plan or round, or a round of another plan: {@link IllegalArgumentException}. */
    public static UseCase<Bulletin> draft(Request request) {
        return session -> draft(session.workspace(), request);
    }

    static Bulletin draft(Workspace ws, Request r) throws Exception {
        Plan plan = ws.plans().load(r.planId()).orElseThrow(() ->
                new IllegalArgumentException(Messages.get("bulletin.error.unknownPlan", r.planId())));
        BulletinSettings settings = BulletinSettings.fromMap(ws.settings().all());
        PaceRules rules = new PaceRules(WorkspaceSettings.load(ws).lights().paceGracePercent());
        PlanPace pace = PlanPace.of(plan, r.today(), rules, counting(ws)::apply);
        RoundBoard board = board(ws, plan, r);
        return BulletinBuilder.build(new BulletinBuilder.Facts(pace, board,
                r.number() != null ? r.number() : settings.nextNumber(),
                r.office() != null ? r.office() : settings.office(),
                r.requirements() != null ? r.requirements() : settings.requirements()));
    }

    /** The approved extensions under the office's deadline rule (issue 17): the dates the pace counts. */
    static EffectiveDeadlines counting(Workspace ws) {
        return EffectiveDeadlines.of(ws.requests().approvedExtensions(),
                DeadlineRule.of(ws.settings().get(DeadlineRule.SETTING).orElse(null)));
    }

    private static RoundBoard board(Workspace ws, Plan plan, Request r) throws Exception {
        Round round;
        if (r.roundId() != null) {
            round = ws.rounds().find(r.roundId()).orElseThrow(() ->
                    new IllegalArgumentException(Messages.get("bulletin.error.unknownRound", r.roundId())));
            if (round.planId() != plan.id()) {
                throw new IllegalArgumentException(Messages.get("bulletin.error.otherPlan", r.roundId(), plan.id()));
            }
        } else {
            round = ws.rounds().ofPlan(plan.id()).stream().filter(x -> !x.openedOn().isAfter(r.today()))
                    .max(Comparator.comparing(Round::due).thenComparingLong(Round::id)).orElse(null);
        }
        return round == null ? null : Rounds.load(round.id()).run(Session.of(ws)).board(r.today());
    }

    /**
     * Writes {@code bulletin} to {@code target} as .docx or .pdf (by its extension) through a temporary
     * file, then moves the workspace's next number past the bulletin's. {@code font}: the PDF's font
     * file, or null for the one configured or found.
     */
    public static UseCase<Path> save(Bulletin bulletin, Path target, Path font) {
        return session -> {
            write(bulletin, target, font);
            Workspace ws = session.workspace();
            BulletinSettings s = BulletinSettings.fromMap(ws.settings().all());
            if (bulletin.masthead().number() >= s.nextNumber()) {
                ws.settings().put(BulletinSettings.NEXT_NUMBER, String.valueOf(bulletin.masthead().number() + 1));
            }
            return target;
        };
    }

    /** Writes the file only (the benchmark times this). */
    public static void write(Bulletin bulletin, Path target, Path font) throws IOException {
        Format format = Format.of(target);
        if (format == null) {
            throw new IllegalArgumentException(Messages.get("bulletin.error.format", target));
        }
        if (format == Format.DOCX) {
            BulletinDocx.write(bulletin, target);
        } else {
            BulletinPdf.write(bulletin, font, target);
        }
    }
}
