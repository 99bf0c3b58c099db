package org.luoshi.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link SampleRound}'s workspace (the sample plan with two filled rounds) to a folder, to
 * open in the window (the README's screenshot of the 统计 window).
 *
 * <pre>java -cp … org.luoshi.report.SampleRoundMain FOLDER</pre>
 */
public final class SampleRoundMain {
    private SampleRoundMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        SampleRound s = SampleRound.in(dir);
        s.ws.close();
        System.out.println(dir.resolve("sample.db"));
    }
}
