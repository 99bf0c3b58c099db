package org.luoshi.importer.parse;

/** What a stretch of the source document became in the parsed plan. */
public enum SpanKind {
    /** Before the plan body: the notice, document number, addressees, covering text, plan title. */
    FRONT_MATTER,
    /** The signature, （此件公开发布）, 抄送 lines after the body. */
    SIGNATURE,
    /** A part or section heading (label and title). */
    HEADING,
    /** The printed number of a task (1．, （三）). */
    LABEL,
    /** Text of a task. */
    TASK_TEXT,
    /** A responsibility clause, brackets included. */
    CLAUSE,
    /** Body text that belongs to no task: a preamble, a closing paragraph, the rest of a heading line. */
    BODY_TEXT,
    /** Punctuation left between a clause and the next task (，after a clause that closed a task). */
    SEPARATOR
}
