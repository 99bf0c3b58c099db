package org.luoshi.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.luoshi.importer.LargePlans;

/**
 * Writes a plan document (.txt) of {@code TASKS} numbered task lines, each with a time limit and a
 * responsibility clause ({@link LargePlans}): the document the performance harness imports through
 * the command line ({@code luoshi import}) to time a 10,000-task import.
 *
 * <pre>java -cp … org.luoshi.bench.LargePlanDocument FILE [TASKS]</pre>
 */
public final class LargePlanDocument {
    private LargePlanDocument() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LargePlanDocument FILE [TASKS]");
            System.exit(2);
        }
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.writeString(Path.of(args[0]), LargePlans.plan(tasks, LargePlans.Shape.NUMBERED), StandardCharsets.UTF_8);
        System.out.printf("%s: %d task lines%n", args[0], tasks);
    }
}
