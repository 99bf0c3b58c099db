package org.luoshi.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.edit.PlanEdits;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;
import org.luoshi.storage.Workspace;

/** The session on a real workspace with a same-thread runner: what is stored, what is published, and in which order. */
class SessionTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private Session session;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        workspace = Workspace.open(dir.resolve("ws.db"));
        session = Session.of(workspace);
        session.addListener(new SessionListener() {
            @Override
            public void changed(SessionChange change) {
                heard.add("changed " + change.data().planList().size() + " plans, undo "
                        + change.history().undoDescription());
            }

            @Override
            public void failed(Throwable problem) {
                heard.add("failed " + problem.getMessage());
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Plan plan(String title) {
        return new Plan(0, null, title, null, null, null, null, List.of(), List.of(), List.of());
    }

    @Test
    void anEditIsStoredUndoableAndPublishedBeforeTheCallerHearsOfIt() {
        session.perform(PlanEdits.create(plan("甲方案")), change -> heard.add("done " + change.focusPlan()));

        assertThat(workspace.plans().list()).extracting(p -> p.title()).containsExactly("甲方案");
        long id = workspace.plans().list().get(0).id();
        assertThat(heard).containsExactly("changed 1 plans, undo 新建方案“甲方案”", "done " + id);

        session.undo("撤销");
        assertThat(workspace.plans().list()).isEmpty();
        session.redo("重做");
        assertThat(workspace.plans().list()).extracting(p -> p.id()).containsExactly(id);
    }

    @Test
    void aFailedUseCaseChangesNothingAndIsToldToTheListenersOrTheCaller() {
        session.run("坏", s -> {
            throw new IllegalArgumentException("不行");
        }, r -> heard.add("done"));
        AtomicReference<Throwable> told = new AtomicReference<>();
        session.run("坏", s -> {
            throw new IllegalStateException("也不行");
        }, r -> heard.add("done"), told::set);

        assertThat(heard).containsExactly("failed 不行");
        assertThat(told.get()).hasMessage("也不行");
        assertThat(workspace.plans().list()).isEmpty();
    }

    @Test
    void editsStoredBeforeAUseCaseFailsArePublishedThenTheFailure() {
        AtomicReference<Throwable> told = new AtomicReference<>();
        session.run("两步", s -> {
            s.apply(PlanEdits.create(plan("乙方案")));
            throw new IllegalStateException("第二步失败");
        }, r -> heard.add("done"), t -> heard.add("told " + t.getMessage()));

        assertThat(workspace.plans().list()).extracting(p -> p.title()).containsExactly("乙方案");
        assertThat(heard).containsExactly("changed 1 plans, undo 新建方案“乙方案”", "told 第二步失败");
        assertThat(told.get()).isNull();
    }

    @Test
    void aUseCaseCalledDirectlyOnTheCommandLineRunsOnTheCallersThread() throws Exception {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Integer plans = ((UseCase<Integer>) s -> {
            ranOn.set(Thread.currentThread());
            s.apply(PlanEdits.create(plan("丙方案")));
            return s.workspace().plans().list().size();
        }).run(session);

        assertThat(plans).isEqualTo(1);
        assertThat(ranOn.get()).isSameAs(caller);
        assertThat(session.editState().undoDescription()).isEqualTo("新建方案“丙方案”");
    }
}
