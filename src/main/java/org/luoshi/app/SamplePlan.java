package org.luoshi.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.luoshi.importer.PlanSaving;
import org.luoshi.importer.parse.ParsedPlan;
import org.luoshi.importer.parse.PlanParser;
import org.luoshi.plan.Plan;
import org.luoshi.storage.Workspace;

/**
 * The sample plan shipped in the app (晋政办发〔2023〕1号), imported on first start into the new default
 * workspace (see {@link AppOptions#sampleIfNew()}), never into a file that was there before.
 */
public final class SamplePlan {
    static final String RESOURCE = "/org/luoshi/sample/shanxi-2023-1.txt";

    private SamplePlan() {
    }

    public static ParsedPlan parse() {
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample plan missing from the app: " + RESOURCE);
            }
            return new PlanParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the sample plan into an empty workspace; returns the stored plan, or null if not empty. */
    public static Plan seedIfEmpty(Workspace workspace) {
        if (!workspace.plans().isEmpty()) {
            return null;
        }
        return PlanSaving.save(workspace, parse().plan());
    }
}
