package org.luoshi.report.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A 督查通报 as a document: its masthead (版头: 督查通报, 第N期, issuing office, date), its title, the body
 * as headings, paragraphs and tables, and the attachments (附件) — what the writers set as Word and PDF
 * and what the window lets the person edit before saving. Chinese, whatever the interface speaks.
 */
public record Bulletin(Masthead masthead, String title, List<Block> blocks, List<Annex> annexes) {

    public Bulletin {
        Objects.requireNonNull(masthead, "masthead");
        title = title == null ? "" : title;
        blocks = List.copyOf(blocks);
        annexes = List.copyOf(annexes);
    }

    /**
     * The 版头.
     *
     * @param name   the document's name in red (督查通报)
     * @param number 第N期
     * @param office the issuing office, left under the name
     * @param date   the day the bulletin is made as of, right under the name
     */
    public record Masthead(String name, int number, String office, LocalDate date) {
        public Masthead {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
            office = office == null ? "" : office;
        }

        /** 第3期 */
        public String issue() {
            return "第" + number + "期";
        }
    }

    /** A piece of the body. */
    public sealed interface Block permits Heading, Subheading, Paragraph, Table {
    }

    /** A first-level heading (一、总体情况), set in 黑体. */
    public record Heading(String text) implements Block {
    }

    /** A second-level heading (（一）…), set in 楷体. */
    public record Subheading(String text) implements Block {
    }

    /** A paragraph of body text in 仿宋, its first line indented by two characters. */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table.
     *
     * @param widths the columns' shares of the width (any positive numbers)
     */
    public record Table(List<String> headers, List<Double> widths, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (headers.size() != widths.size()) {
                throw new IllegalArgumentException("one width per column");
            }
        }
    }

    /** An attachment on its own pages: 附件1, its title, its table. */
    public record Annex(String label, String title, Table table) {
    }

    public Bulletin withMasthead(Masthead m) {
        return new Bulletin(m, title, blocks, annexes);
    }

    public Bulletin withTitle(String t) {
        return new Bulletin(masthead, t, blocks, annexes);
    }

    public Bulletin withBlocks(List<Block> b) {
        return new Bulletin(masthead, title, b, annexes);
    }

    /** This bulletin with block {@code index} replaced. */
    public Bulletin withBlock(int index, Block block) {
        List<Block> b = new ArrayList<>(blocks);
        b.set(index, block);
        return withBlocks(b);
    }

    /** The body's text, one block a line (tables as their rows, cells separated by tabs): for previews and tests. */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append(masthead.name()).append('\n').append(masthead.issue()).append('\n')
                .append(masthead.office()).append('\t').append(BulletinWords.date(masthead.date())).append("\n\n")
                .append(title).append("\n\n");
        for (Block b : blocks) {
            append(s, b);
        }
        for (Annex a : annexes) {
            s.append('\n').append(a.label()).append('\n').append(a.title()).append('\n');
            append(s, a.table());
        }
        return s.toString();
    }

    private static void append(StringBuilder s, Block b) {
        if (b instanceof Heading h) {
            s.append(h.text()).append('\n');
        } else if (b instanceof Subheading h) {
            s.append(h.text()).append('\n');
        } else if (b instanceof Paragraph p) {
            s.append(p.text()).append('\n');
        } else if (b instanceof Table t) {
            s.append(String.join("\t", t.headers())).append('\n');
            t.rows().forEach(r -> s.append(String.join("\t", r)).append('\n'));
        }
    }
}
