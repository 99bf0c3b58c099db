"""What every hand-labelling script of sets I onwards shares: a document's text, a task's text cut out of it between
two hand-chosen marks, tasks cut that way up to their clauses, and a BY deadline. Only formatting helpers: every label is typed by hand in the scripts."""
import os

import make as m

HERE = os.path.dirname(os.path.abspath(__file__))


def doc(name):
    with open(os.path.join(HERE, "..", name + ".txt"), encoding="utf-8") as f:
        return f.read()


def cut(text, start, end, after=0):
    """The text from the first `start` at or after `after` up to the next `end`, whitespace inside lines kept,
    line breaks removed (a cell or paragraph wrapped over lines is one text)."""
    i = text.index(start, after)
    j = text.index(end, i + len(start))
    return "".join(line.strip() for line in text[i:j].splitlines()), j


def by(raw, date):
    return {"raw": raw, "kind": "BY", "date": date}


def clause_rows(name, rows):
    """Tasks whose text runs from a start mark to the first characters of the task's clause.
    rows: (number, part, section, start mark, clause mark, lead, responsible, cooperating, others, deadlines)."""
    t = doc(name)
    tasks, pos = [], 0
    for seq, (number, part, section, start, end, lead, resp, coop, others, ddl) in enumerate(rows, 1):
        text, pos = cut(t, start, end, pos)
        tasks.append(m.task(seq, number, part, section, text, lead, resp, coop, others, ddl))
    return tasks
