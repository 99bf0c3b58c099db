package org.luoshi.exchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.luoshi.files.AtomicFiles;
import org.luoshi.i18n.Messages;
import org.luoshi.plan.Plan;

/** Plan exchange files on disk: UTF-8 JSON, written whole or not at all. */
public final class PlanFiles {
    /** Far beyond any real plan (10,000 tasks export to about 10 MB); a bigger file is not one of ours. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private PlanFiles() {
    }

    /** Writes the plan with its progress; a failed write leaves any earlier file as it was. */
    public static void export(Plan plan, Path file) throws IOException {
        writeAtomically(file, new PlanExchangeWriter().write(plan));
    }

    /** Writes the plan with its progress and its progress rounds (forms received by round id). */
    public static void export(Plan plan, java.util.List<org.luoshi.rounds.Round> rounds,
            java.util.Map<Long, java.util.List<org.luoshi.rounds.Submission>> submissions, Path file) throws IOException {
        writeAtomically(file, new PlanExchangeWriter().write(plan, rounds, submissions));
    }

    /**
     * Reads a plan file.
     *
     * @throws PlanExchangeException with a one-line message if the file is missing, unreadable or
     *                               not a plan
     */
    public static Plan read(Path file) {
        return readAll(file).plan();
    }

    /** {@link #read} with the plan's progress rounds. */
    public static PlanRounds.Read readAll(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new PlanExchangeException(Messages.get("exchange.error.tooLarge", file));
            }
            byte[] bytes = Files.readAllBytes(file);
            String json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (json.startsWith("\uFEFF")) {
                json = json.substring(1);
            }
            return new PlanExchangeReader().readAll(json);
        } catch (NoSuchFileException e) {
            throw new PlanExchangeException(Messages.get("import.error.missing", file), e);
        } catch (CharacterCodingException e) {
            throw new PlanExchangeException(Messages.get("exchange.error.encoding", file), e);
        } catch (IOException e) {
            throw new PlanExchangeException(Messages.get("import.error.unreadable", file), e);
        }
    }

    static void writeAtomically(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.stream(file, out -> out.write(bytes));
    }
}
