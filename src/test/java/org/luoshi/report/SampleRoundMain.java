package org.luoshi.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link SampleRound}'s workspace (the sample plan with two filled rounds) to a folder, to
 * open in the window (the README's screenshot of the 统计 window); with a second argument, also the
 * overview as of 2023-03-28 as a PDF there (to look at its pages).
 *
 * <pre>java -cp … org.luoshi.report.SampleRoundMain FOLDER [PDF]</pre>
 */
public final class SampleRoundMain {
    private SampleRoundMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        SampleRound s = SampleRound.in(dir);
        if (args.length > 1) {
            var o = org.luoshi.report.workspace.Stats.overview(new org.luoshi.report.workspace.Stats.Request(
                    java.util.List.of(s.plan.id()), null, SampleRound.TODAY)).run(s.session);
            org.luoshi.report.overview.OverviewPdf.write(o, null, Path.of(args[1]));
        }
        s.ws.close();
        System.out.println(dir.resolve("sample.db"));
    }
}
