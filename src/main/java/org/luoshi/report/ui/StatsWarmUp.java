package org.luoshi.report.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.luoshi.plan.PlanSummary;
import org.luoshi.ui.FxTimer;

/**
 * Makes the person's first 统计 window of a session open as quickly as the ones after it, or more
 * quickly: once the main window has settled, the window a click would open now (the plan on show,
 * today) is made, counted on the I/O thread, then styled, laid out and given its charts on the FX
 * thread in short steps with frames between, and kept, never shown, until the first click takes
 * it. Until then it follows the workspace: a change of the data, of the plan on show or of the day
 * counts and lays it out again once things have been quiet for {@link #QUIET}. The click shows it as
 * it is only if it was made for exactly what the click asks ({@link Key}) and is laid out; else the
 * window is made as without a warm-up.
 *
 * <p>Before, the warm-up counted a made-up plan of ten tasks and threw its window away: the first real
 * open still built and styled every control, waited for the count, and first ran the counting and the
 * layout at the size of a real plan (10,000 tasks: the methods the JIT had not compiled yet).
 */
final class StatsWarmUp {
    /** Between two steps on the FX thread: frames for the main window go first. */
    static final Duration BETWEEN = Duration.ofMillis(40);
    /** How long the workspace stays unchanged before the kept window is counted again. */
    static final Duration QUIET = Duration.ofSeconds(2);

    /**
     * What a window shows: the data's revision, the plan on show (0: all), the day, the plans to choose
     * from, the user's unit, and the main window's look (its stylesheets and font) that the window takes.
     */
    record Key(Object revision, long shown, LocalDate day, List<PlanSummary> plans, String unit, Object look) {
        Key {
            plans = List.copyOf(plans);
        }
    }

    private final Supplier<Key> now;
    private final Function<Key, StatsWindow> make;
    private final FxTimer.Schedule schedule;
    private StatsWindow window;
    private Key key;
    /** True once {@link #window} is counted, styled, laid out and has its charts for {@link #key}. */
    private boolean ready;
    /** Counts the runs: a step of an older run finds it moved on and stops. */
    private int run;
    private Runnable cancel = () -> { };
    private boolean over;

    /**
     * @param now      what a window opened now would show
     * @param make     makes a window for a key (on the FX thread), not counted yet
     * @param schedule runs work on the FX thread later ({@link FxTimer#after} in the app)
     */
    StatsWarmUp(Supplier<Key> now, Function<Key, StatsWindow> make, FxTimer.Schedule schedule) {
        this.now = Objects.requireNonNull(now, "now");
        this.make = Objects.requireNonNull(make, "make");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** Makes the window for what is on show now and makes it ready. */
    void start() {
        prepare();
    }

    /** The data, the plan on show or the day changed: counts and lays out again once it is quiet. */
    void changed() {
        if (over) {
            return;
        }
        ready = false;
        run++;
        cancel.run();
        cancel = schedule.after(QUIET, this::prepare);
    }

    /**
     * The kept window if it is ready for {@code asked}, else null (then it is thrown away). Either way
     * the warm-up is over: later opens make their windows as usual.
     */
    StatsWindow take(Key asked) {
        over = true;
        run++;
        cancel.run();
        StatsWindow w = window;
        boolean fits = ready && w != null && asked.equals(key);
        window = null;
        if (w != null) {
            w.model.onFailure(null);
        }
        return fits ? w : null;
    }

    /** The kept window (null before it is made or once taken); for tests. */
    StatsWindow window() {
        return window;
    }

    /** True once the kept window is ready for what is on show; for tests. */
    boolean ready() {
        return ready;
    }

    private void prepare() {
        if (over) {
            return;
        }
        int mine = ++run;
        ready = false;
        Key wanted;
        try {
            wanted = now.get();
            if (window == null || key == null || !Objects.equals(key.unit(), wanted.unit())
                    || !Objects.equals(key.look(), wanted.look())) {
                window = make.apply(wanted);
                window.model.onFailure(failure -> {
                    System.err.println("统计 warm-up: " + failure);
                    giveUp();
                });
            } else {
                window.target(wanted.plans(), wanted.shown(), wanted.day());
            }
        } catch (RuntimeException | LinkageError e) {
            System.err.println("统计 warm-up: " + e);
            giveUp();
            return;
        }
        key = wanted;
        StatsWindow w = window;
        if (!w.load(() -> {
            if (mine == run) {
                steps(mine, w);
            }
        })) {
            giveUp(); // nothing to count (no plan chosen): nothing to make ready
        }
    }

    /**
     * Styles the counted window, lays it out, draws its charts, styles and lays them out: a step a
     * turn (on a window of 10,000 tasks each is 30-110 ms of the FX thread the first time, so no frame
     * of the main window waits for more than one of them).
     */
    private void steps(int mine, StatsWindow w) {
        Parent root = w.stage.getScene().getRoot();
        List<Runnable> steps = new ArrayList<>();
        steps.add(root::applyCss);
        steps.add(root::layout);
        steps.add(w.charts::drawNow);
        steps.add(root::applyCss);
        steps.add(root::layout);
        next(mine, steps);
    }

    private void next(int mine, List<Runnable> steps) {
        if (mine != run || over) {
            return;
        }
        if (steps.isEmpty()) {
            ready = true;
            return;
        }
        try {
            steps.remove(0).run();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("统计 warm-up: " + e);
            giveUp();
            return;
        }
        // A timer thread, not a PauseTransition: a transition runs the pulse while it waits.
        cancel = schedule.after(BETWEEN, () -> next(mine, steps));
    }

    private void giveUp() {
        ready = false;
        window = null;
        run++;
    }
}
