package org.luoshi.rounds;

/**
 * What a unit reported on one task in a returned form.
 *
 * @param percent the 完成进度（%） filled in, or null if left empty
 * @param done    是否完成: true for 是, false for 否, null if left empty
 */
public record ReportLine(long taskId, String progress, String problems, String nextSteps, Integer percent,
        Boolean done) {

    public ReportLine {
        progress = progress == null ? "" : progress.strip();
        problems = problems == null ? "" : problems.strip();
        nextSteps = nextSteps == null ? "" : nextSteps.strip();
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
    }

    /** Whether the unit wrote anything on this task. */
    public boolean isEmpty() {
        return progress.isEmpty() && problems.isEmpty() && nextSteps.isEmpty() && percent == null && done == null;
    }

    /** The text of the progress entry it becomes: 本期进展, then 存在问题 and 下步打算 when given. */
    public String entryText() {
        StringBuilder s = new StringBuilder(progress);
        if (!problems.isEmpty()) {
            s.append(s.length() == 0 ? "" : "\n").append(FormWords.PROBLEMS).append('：').append(problems);
        }
        if (!nextSteps.isEmpty()) {
            s.append(s.length() == 0 ? "" : "\n").append(FormWords.NEXT_STEPS).append('：').append(nextSteps);
        }
        return s.toString();
    }
}
