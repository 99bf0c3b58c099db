package org.luoshi.reminders.ui;

import org.luoshi.ui.WindowLook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.luoshi.ui.FxBackgroundTasks;
import org.luoshi.ui.FxDialogService;
import org.luoshi.app.MainViewModel;
import org.luoshi.app.MainWindow;
import org.luoshi.i18n.Messages;
import org.luoshi.reminders.DueEntry;
import org.luoshi.storage.Workspace;

/**
 * Screenshots of the reminder UI for the README, on the sample plan and a clock set to Tuesday
 * 20 June 2023, 10:00 in Beijing (the app last ran on Friday the 16th). Run under Xvfb:
 *
 * <pre>
 * Xvfb :71 -screen 0 1400x900x24 &amp;
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * DISPLAY=:71 java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.luoshi.reminders.ui.ReminderScreens docs
 * </pre>
 *
 * Each step is captured with ImageMagick's {@code import -window root}.
 */
public final class ReminderScreens {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static Path out;

    private ReminderScreens() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "target");
        Application.launch(Screens.class, args);
    }

    /** The app run for the screenshots (an Application started from a plain main class). */
    public static final class Screens extends Application {
        private final MutableClock clock = new MutableClock(at(2023, 6, 20, 10, 0), BEIJING);
        private final List<Runnable> steps = new ArrayList<>();

        @Override
        public void start(Stage stage) throws Exception {
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
            Path file = Files.createTempDirectory("luoshi-screens").resolve("workspace.db");
            try (Workspace ws = Workspace.open(file)) {
                ws.plans().save(org.luoshi.app.SamplePlan.parse().plan());
                ws.reminders().setLastRun(at(2023, 6, 16, 18, 0));
            }
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            MainViewModel model = new MainViewModel(tasks, file, java.time.Clock.systemDefaultZone());
            MainWindow window = new MainWindow(model, tasks);
            Scene scene = new Scene(window, 1360, 860);
            scene.getStylesheets().add(Objects.requireNonNull(
                    MainWindow.class.getResource("/org/luoshi/app/luoshi.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(20);
            stage.setY(20);
            RemindersFeature feature = new RemindersFeature(stage, model.session(), new FxDialogService(stage), clock,
                    model.planProperty()::get, id -> { });
            window.addStatusItem(feature.badge());
            stage.setTitle("落实");
            stage.show();
            model.open();
            feature.startWhenLoaded(model.loadedProperty(), model.plansProperty());

            steps.add(() -> shoot("reminders-digest.png"));
            steps.add(() -> {
                hideDialogs(stage);
                feature.showCentre();
                ReminderCentre centre = feature.centre().orElseThrow();
                centre.stage().setX(40);
                centre.stage().setY(120);
                centre.table().getItems().stream().filter(e -> e.item().taskNumber().equals("29")
                        && e.item().date().equals(LocalDate.of(2023, 6, 30))).findFirst()
                        .ifPresent(e -> centre.table().getSelectionModel().select(e));
            });
            steps.add(() -> shoot("reminders-centre.png"));
            steps.add(() -> {
                DueEntry june = feature.centre().orElseThrow().table().getSelectionModel().getSelectedItem();
                new RulesDialog(stage, june.item().planLabel(), june.item().planId(), june.item(),
                        feature.controller().snapshot().rules(), WindowLook.of(stage, RemindersFeature.STYLESHEET)).dialog().show();
            });
            steps.add(() -> shoot("reminders-rules.png"));
            steps.add(() -> {
                hideDialogs(stage);
                feature.centre().orElseThrow().stage().hide();
                feature.showCalendar();
            });
            steps.add(() -> shoot("reminders-calendar.png"));
            steps.add(() -> {
                hideDialogs(stage);
                // A week later at nine, the 3-day reminder of the June milestone comes due while the app runs.
                clock.set(at(2023, 6, 27, 9, 0));
                feature.controller().tick();
            });
            steps.add(() -> shoot("reminders-notification.png"));
            steps.add(() -> {
                feature.stop();
                stage.close();
                tasks.shutdown();
                System.exit(0);
            });
            next();
        }

        private void next() {
            if (steps.isEmpty()) {
                return;
            }
            PauseTransition pause = new PauseTransition(Duration.seconds(2.5));
            pause.setOnFinished(e -> {
                steps.remove(0).run();
                next();
            });
            pause.play();
        }
    }

    private static void hideDialogs(Stage main) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != main && w instanceof Stage s && s.getOwner() == main && s.getScene() != null
                    && s.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                s.hide();
            }
        }
    }

    private static void shoot(String name) {
        try {
            Files.createDirectories(out);
            new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start().waitFor();
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name + " failed", e);
        }
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(BEIJING).toInstant();
    }
}
