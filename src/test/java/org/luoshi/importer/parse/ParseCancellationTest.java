package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.luoshi.importer.LargePlans;

/** A watched parse reports its progress in lines and stops within a few hundred steps of being asked to. */
class ParseCancellationTest {
    private static final String PLAN = LargePlans.plan(6_000, LargePlans.Shape.UNNUMBERED);

    /** Records progress; asks to stop once {@code stopAt} of the work is done (never if above 1). */
    private static final class Watch implements ImportMonitor {
        final List<long[]> reports = new ArrayList<>();
        final double stopAt;
        ParseRun run;
        long stepsWhenAsked = -1;
        int askedAfterStop;

        Watch(double stopAt) {
            this.stopAt = stopAt;
        }

        @Override
        public void progress(long done, long total) {
            reports.add(new long[] {done, total});
            if (stepsWhenAsked < 0 && done >= stopAt * total) {
                stepsWhenAsked = run.steps();
            }
        }

        @Override
        public boolean cancelled() {
            if (stepsWhenAsked >= 0) {
                askedAfterStop++;
                return true;
            }
            return false;
        }
    }

    private static void parse(Watch watch) {
        List<SourceLine> lines = Texts.lines(PLAN);
        watch.run = new ParseRun(watch, lines.size());
        new PlanParser().parse(PLAN, lines, null, watch.run);
    }

    @Test
    void progressRisesToTheWholeInSmallSteps() {
        Watch watch = new Watch(2);
        parse(watch);

        assertThat(watch.reports).hasSizeGreaterThan(100);
        long total = watch.reports.get(0)[1];
        assertThat(watch.reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(total));
        for (int i = 1; i < watch.reports.size(); i++) {
            assertThat(watch.reports.get(i)[0]).isGreaterThanOrEqualTo(watch.reports.get(i - 1)[0]);
        }
        assertThat(watch.reports.get(watch.reports.size() - 1)[0]).isEqualTo(total);
    }

    @Test
    void aCancelledParseStopsWithinAFewHundredSteps() {
        for (double at : new double[] {0.1, 0.4, 0.8}) {
            Watch watch = new Watch(at);
            assertThatThrownBy(() -> parse(watch)).isInstanceOf(CancellationException.class);
            assertThat(watch.stepsWhenAsked).isPositive();
            assertThat(watch.run.steps() - watch.stepsWhenAsked).as("steps after the request at %s", at)
                    .isLessThanOrEqualTo(300);
            assertThat(watch.askedAfterStop).isEqualTo(1);
        }
    }

    @Test
    void aParseCancelledBeforeItStartsDoesNothing() {
        ImportMonitor stopped = new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                throw new AssertionError("no progress before the first check");
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new PlanParser().parse(PLAN, null, stopped)).isInstanceOf(CancellationException.class);
    }
}
