package org.luoshi.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.luoshi.importer.LargePlans;

/**
 * The parser's work grows in proportion to the document — checked by counting its steps, not by
 * timing it: every loop over lines, blocks, clauses and tasks counts one step per turn (the loops
 * that once searched back over all tasks before each one, or matched a growing title per line,
 * included), so four times the lines must take about four times the steps. Speed itself is measured
 * by {@code org.luoshi.importer.ImportScalingBenchmark}.
 */
class ParserLinearityTest {
    private static long steps(String text) {
        ParseRun run = new ParseRun(ImportMonitor.NONE, 0);
        new PlanParser().parse(text, Texts.lines(text), null, run);
        return run.steps();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LargePlans.Shape.class)
    void fourTimesTheLinesTakeFourTimesTheSteps(LargePlans.Shape shape) {
        long small = steps(LargePlans.plan(2_000, shape));
        long large = steps(LargePlans.plan(8_000, shape));

        assertThat((double) large / small).as("steps for 8,000 lines / steps for 2,000 (%d / %d)", large, small)
                .isBetween(3.8, 4.2);
        assertThat(large / 8_000).as("steps per line").isLessThan(40);
    }

    @Test
    void aDocumentOfShortLinesWithoutAnyTaskIsLinearToo() {
        // No heading, no clause: all of it is front matter, read by the header parser line by line.
        long small = steps("某某工作情况\n".repeat(5_000));
        long large = steps("某某工作情况\n".repeat(20_000));

        assertThat((double) large / small).isBetween(3.8, 4.2);
    }

    @Test
    void everyTaskIsFoundInTheLargePlans() {
        for (LargePlans.Shape shape : LargePlans.Shape.values()) {
            List<org.luoshi.plan.Task> tasks = new PlanParser().parse(LargePlans.plan(3_000, shape)).plan().tasks();
            assertThat(tasks).as(shape.label()).hasSize(3_000)
                    .allSatisfy(t -> assertThat(t.assignments()).isNotEmpty());
        }
    }
}
