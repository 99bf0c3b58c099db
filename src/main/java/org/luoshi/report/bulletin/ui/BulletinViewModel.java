package org.luoshi.report.bulletin.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.report.bulletin.Bulletin;
import org.luoshi.report.bulletin.BulletinSettings;
import org.luoshi.report.bulletin.Bulletins;
import org.luoshi.rounds.Round;
import org.luoshi.rounds.workspace.Rounds;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;
import org.luoshi.ui.DialogService;

/**
 * The state of the bulletin window: the plan, the round reported on, the day, 第N期, the issuing
 * office and the text of 四、下步要求; the draft made from them, whose paragraphs the person edits one
 * by one before saving it as Word or PDF. Saving moves the workspace's number on. Every read and write
 * is a use case of {@code report.bulletin}. No nodes: tested without a toolkit.
 */
public final class BulletinViewModel {
    private final Session session;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final Plan plan;

    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>(this, "round");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final IntegerProperty number = new SimpleIntegerProperty(this, "number", 1);
    private final StringProperty office = new SimpleStringProperty(this, "office", "");
    private final StringProperty requirements = new SimpleStringProperty(this, "requirements", "");
    private final ReadOnlyObjectWrapper<Bulletin> bulletin = new ReadOnlyObjectWrapper<>(this, "bulletin");
    private final ObservableList<Bulletin.Block> blocks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private BulletinSettings settings = BulletinSettings.DEFAULT;

    public BulletinViewModel(Session session, DialogService dialogs, LocalDate today, Plan plan, Consumer<String> status) {
        this.session = Objects.requireNonNull(session, "session");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.status = Objects.requireNonNull(status, "status");
        day.set(Objects.requireNonNull(today, "today"));
    }

    /** Reads the workspace's bulletin settings and the plan's rounds (the latest opened by the day chosen), then drafts. */
    public void load() {
        run(Bulletins.settings(), s -> {
            settings = s;
            number.set(s.nextNumber());
            office.set(s.office().isEmpty() && plan.issuer() != null ? plan.issuer().strip() : s.office());
            requirements.set(s.requirements());
            run(Rounds.list(plan.id(), day.get()), list -> {
                rounds.setAll(list.stream().map(Rounds.Summary::round).toList());
                round.set(rounds.stream().filter(r -> !r.openedOn().isAfter(day.get()))
                        .max(Comparator.comparing(Round::due).thenComparingLong(Round::id)).orElse(null));
                draft();
            });
        });
    }

    /** 生成: the draft for the choices made; edits made to an earlier draft are replaced. */
    public void draft() {
        Round r = round.get();
        Bulletins.Request request = new Bulletins.Request(plan.id(), r == null ? null : r.id(), day.get(),
                Math.max(1, number.get()), office.get(), requirements.get());
        run(Bulletins.draft(request), this::show);
    }

    private void show(Bulletin b) {
        bulletin.set(b);
        blocks.setAll(b.blocks());
    }

    /** Replaces the text of block {@code index} (a heading or paragraph; tables are not edited here). */
    public void edit(int index, String text) {
        Bulletin b = bulletin.get();
        if (b == null || index < 0 || index >= b.blocks().size()) {
            return;
        }
        Bulletin.Block old = b.blocks().get(index);
        Bulletin.Block now;
        if (old instanceof Bulletin.Heading) {
            now = new Bulletin.Heading(text);
        } else if (old instanceof Bulletin.Subheading) {
            now = new Bulletin.Subheading(text);
        } else if (old instanceof Bulletin.Paragraph) {
            now = new Bulletin.Paragraph(text);
        } else {
            return;
        }
        Bulletin edited = b.withBlock(index, now);
        bulletin.set(edited);
        blocks.set(index, now);
    }

    /** Edits the title. */
    public void editTitle(String title) {
        if (bulletin.get() != null) {
            bulletin.set(bulletin.get().withTitle(title));
        }
    }

    /** Keeps the 下步要求 text and the office as the workspace's defaults for the next bulletins. */
    public void keepAsDefault() {
        BulletinSettings s = settings.withRequirements(requirements.get()).withOffice(office.get());
        run(Bulletins.saveSettings(s), saved -> {
            settings = saved;
            say(Messages.get("bulletin.ui.kept"));
        });
    }

    /** 保存为 Word… / PDF…: asks where, writes the bulletin as it stands (with the edits), moves the number on. */
    public void save(Bulletins.Format format) {
        Bulletin b = bulletin.get();
        if (b == null) {
            return;
        }
        String ext = format == Bulletins.Format.DOCX ? "docx" : "pdf";
        String name = "督查通报" + b.masthead().issue() + "." + ext;
        var target = dialogs.chooseSaveFile(Messages.get("bulletin.ui.title"), name,
                DialogService.FileFilter.of(Messages.get("bulletin.ui.filter." + ext), "*." + ext));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        run(s -> new Saved(Bulletins.save(b, file, null).run(s), Bulletins.settings().run(s)), saved -> {
            settings = saved.settings();
            number.set(saved.settings().nextNumber());
            say(Messages.get("bulletin.ui.saved", saved.file(), b.masthead().issue()));
        });
    }

    private record Saved(Path file, BulletinSettings settings) {
    }

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public StringProperty requirementsProperty() {
        return requirements;
    }

    public ReadOnlyObjectProperty<Bulletin> bulletinProperty() {
        return bulletin.getReadOnlyProperty();
    }

    public ObservableList<Bulletin.Block> blocks() {
        return blocks;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public Plan plan() {
        return plan;
    }

    private void say(String text) {
        message.set(text);
        status.accept(text);
    }

    private <T> void run(UseCase<T> work, Consumer<T> then) {
        session.run(Messages.get("bulletin.ui.working"), work, then, failure -> {
            String why = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            message.set(why);
            dialogs.error(Messages.get("bulletin.ui.title"), why);
        });
    }
}
