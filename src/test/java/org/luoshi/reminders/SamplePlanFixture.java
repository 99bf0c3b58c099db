package org.luoshi.reminders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.plan.Plan;
import org.luoshi.plan.Task;

/** The sample plan 晋政办发〔2023〕1号 as the importer reads it. */
public final class SamplePlanFixture {
    private SamplePlanFixture() {
    }

    public static Plan plan() {
        try (InputStream in = SamplePlanFixture.class.getResourceAsStream("/corpus/shanxi-2023-1.txt")) {
            return new PlanParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).plan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Task task(Plan plan, String number) {
        return plan.tasks().stream().filter(t -> number.equals(t.number())).findFirst().orElseThrow();
    }
}
