package org.luoshi.rounds;

import java.nio.file.Path;
import java.util.List;

/** A file read as a returned form: either what it holds, or why it is not a form at all. */
public sealed interface ReturnedForm permits ReturnedForm.NotAForm, ReturnedForm.Filled {

    Path file();

    /** Not a form: {@code reason} is a message key of {@code rounds.problem.*}. */
    record NotAForm(Path file, String reason) implements ReturnedForm {
    }

    /**
     * A form as the unit returned it, not yet checked against the round.
     *
     * @param identity           the identity's values, or null if they cannot be read as one
     * @param identitiesDisagree the workbook holds its identity twice (hidden sheet, defined names)
     *                           and the two differ
     */
    record Filled(Path file, FormIdentity identity, String checksum, List<FilledRow> rows, String reporter,
            String phone, boolean identitiesDisagree) implements ReturnedForm {
        public Filled {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row of the form as returned.
     *
     * @param row         the row's number as the spreadsheet shows it (1-based)
     * @param key         the hidden task mark ("t29"), "" if none
     * @param lockedCells the locked cells as they are now
     * @param percent     the 完成进度 cell as text ("" if empty)
     * @param done        the 是否完成 cell as text
     */
    record FilledRow(int row, String key, List<String> lockedCells, String progress, String problems,
            String nextSteps, String percent, String done) {
        public FilledRow {
            lockedCells = List.copyOf(lockedCells);
        }

        public boolean blank() {
            return progress.isBlank() && problems.isBlank() && nextSteps.isBlank() && percent.isBlank() && done.isBlank();
        }
    }
}
