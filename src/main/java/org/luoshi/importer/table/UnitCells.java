package org.luoshi.importer.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.luoshi.importer.parse.ClauseParser;
import org.luoshi.importer.parse.ParsedClause;
import org.luoshi.importer.parse.StandingRule;
import org.luoshi.importer.parse.Texts;
import org.luoshi.importer.parse.UnitList;
import org.luoshi.importer.parse.UnitListSplitter;
import org.luoshi.plan.Assignment;
import org.luoshi.plan.Role;

/**
 * Reads a unit cell of a table with the clause rules of {@code importer.parse}: a cell is read
 * as the clause field its column names (牵头单位：…, 责任单位：…, 配合单位：…), so that role words
 * inside it count — 省工信厅牵头，省委网信办、省科技厅等按职责分工负责 in a 责任单位 column gives a
 * lead and responsible units, 省发展改革委（牵头） marks the lead — and a plain list takes the
 * column's role. There is no second unit parser here: names come from the parser's splitter.
 */
final class UnitCells {
    /** Units read from one cell. */
    record Units(List<Assignment> assignments, boolean others) {
        static final Units NONE = new Units(List.of(), false);
    }

    /** A piece that ends a clause (省工信厅牵头): the next names start another. */
    private static final Pattern ENDS_WITH_VERB = Pattern.compile("(?:牵头|配合|负责|参与|协同|协助|落实)$");

    /** Words that share the work among the units listed (按职责分工负责, 分别负责, 共同负责). */
    private static final Pattern SHARED = Pattern.compile("按(?:照)?(?:各自)?职责分工|分别负责|共同负责|分工负责");

    /**
     * The marks a table prints at its lead unit, before or after the name: * (嘉兴 2021), ★ (set K 平湖 2025), ▲ (set K 诸暨
     * 2023) and their hollow forms.
     */
    private static final Pattern STAR = Pattern.compile("[*＊★☆▲△]");

    private final ClauseParser clauses = new ClauseParser();
    private final UnitListSplitter splitter = new UnitListSplitter();

    /**
     * @param cell      the cell's text (covered cells already filled)
     * @param column    LEAD, RESPONSIBLE or COOPERATING
     * @param rule      the standing rule the document states (列第一位者为牵头单位)
     * @param leadGiven whether the row's 牵头单位 column names a lead: a 责任单位 cell then names
     *                  no second lead unless it says 牵头
     */
    Units read(String cell, TableColumn column, StandingRule rule, boolean leadGiven) {
        if (cell.indexOf(':') >= 0 || cell.indexOf('：') >= 0) {
            List<LabelledUnitFields.Field> fields = LabelledUnitFields.split(Texts.strip(cell));
            if (fields.size() > 1 || fields.get(0).column() != null) {
                return labelled(fields, column, rule, leadGiven);
            }
        }
        String text = joinedNames(cell);
        if (CellKinds.isEmptyMark(text)) {
            return Units.NONE;
        }
        if (column != TableColumn.COOPERATING && text.length() > 1 && STAR.matcher(text).find()) {
            return starred(text, column, rule);
        }
        Optional<ParsedClause> clause = Optional.empty();
        if (CellKinds.hasRoleWord(text)) {
            clause = clauses.parse(text, rule).filter(c -> c.unread().isEmpty());
        }
        if (clause.isEmpty()) {
            clause = clauses.parse(label(column) + "：" + text, rule).filter(c -> c.unread().isEmpty());
        }
        if (clause.isPresent()) {
            return new Units(inColumn(clause.get().assignments(), column, text, leadGiven),
                    clause.get().othersIncluded());
        }
        UnitList list = splitter.split(text);
        Role role = column == TableColumn.LEAD ? Role.LEAD
                : column == TableColumn.COOPERATING ? Role.COOPERATING
                : list.names().size() == 1 && !leadGiven ? Role.LEAD : Role.RESPONSIBLE;
        List<Assignment> out = new ArrayList<>();
        for (String name : list.names()) {
            add(out, Assignment.of(name, role));
        }
        return new Units(out, list.othersIncluded());
    }

    /**
     * A cell with labelled lists in it (市农业农村局、市商务局 / 省牵头单位:省农业农村厅): each labelled list read as its label's
     * column, the unlabelled text first as the cell's own column, which names no lead of its own beside a labelled one.
     */
    private Units labelled(List<LabelledUnitFields.Field> fields, TableColumn column, StandingRule rule, boolean leadGiven) {
        List<Units> read = new ArrayList<>();
        boolean lead = leadGiven;
        for (LabelledUnitFields.Field f : fields) {
            if (f.column() != null) {
                Units u = read(f.text(), f.column(), rule, false);
                lead |= u.assignments().stream().anyMatch(a -> a.role() == Role.LEAD);
                read.add(u);
            }
        }
        List<Assignment> out = new ArrayList<>();
        boolean others = false;
        for (LabelledUnitFields.Field f : fields) {
            Units u = f.column() == null ? read(f.text(), column, rule, lead) : read.remove(0);
            u.assignments().forEach(a -> add(out, a));
            others |= u.others();
        }
        return new Units(out, others);
    }

    /**
     * A cell whose lead unit is marked with a * before or after its name (*市发展改革委、市生态环境局, 嘉兴 2021;
     * 区财政局*、区科技局, 龙湾 2023): the marked units lead, the others keep the role the column gives a list (a 责任单位
     * column: responsible).
     */
    private Units starred(String text, TableColumn column, StandingRule rule) {
        List<String> marked = new ArrayList<>();
        for (String piece : text.split("[、，,；;]")) {
            if (STAR.matcher(piece).find()) {
                marked.add(Texts.strip(STAR.matcher(piece).replaceAll("")));
            }
        }
        Units rest = read(STAR.matcher(text).replaceAll(""), column, rule, true);
        List<Assignment> out = new ArrayList<>(rest.assignments().size());
        for (Assignment a : rest.assignments()) {
            add(out, marked.contains(a.unit().name()) ? Assignment.of(a.unit().name(), Role.LEAD) : a);
        }
        return new Units(out, rest.others());
    }

    /**
     * The clause's roles as the column allows: a 配合单位 column cooperates whatever its verbs
     * say (各市人民政府负责 there is no lead); a 牵头单位 column with one role leads, unless its units
     * share the work (X、Y按职责分工负责: responsible); a 责任单位
     * cell names a second lead only when it says 牵头.
     */
    private static List<Assignment> inColumn(List<Assignment> read, TableColumn column, String text,
            boolean leadGiven) {
        boolean oneRole = read.stream().map(Assignment::role).distinct().count() == 1;
        List<Assignment> out = new ArrayList<>(read.size());
        for (Assignment a : read) {
            Role role = switch (column) {
                case COOPERATING -> Role.COOPERATING;
                // X、Y按职责分工负责 in a 牵头单位 cell shares the work: no lead (浙江 2026, holdout14c).
                case LEAD -> oneRole && !SHARED.matcher(text).find() ? Role.LEAD : a.role();
                default -> a.role() == Role.LEAD && leadGiven && !text.contains("牵头") ? Role.RESPONSIBLE : a.role();
            };
            add(out, Assignment.of(a.unit().name(), role));
        }
        return out;
    }

    private static String label(TableColumn column) {
        return switch (column) {
            case LEAD -> "牵头单位";
            case COOPERATING -> "配合单位";
            default -> "责任单位";
        };
    }

    /**
     * A cell whose units stood one a paragraph (省发展改革委 省财政厅, joined by a space) as one
     * list: a space between two names is a separator; inside a name (国家 税务总局) it is dropped.
     */
    private static String joinedNames(String cell) {
        String t = Texts.strip(cell);
        if (t.indexOf(' ') < 0 && t.indexOf('\n') < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder();
        StringBuilder piece = new StringBuilder();
        for (String part : t.split("[ \\n\\u3000]+")) {
            if (part.isEmpty()) {
                continue;
            }
            piece.append(part);
            String p = piece.toString();
            if (ENDS_WITH_VERB.matcher(p).find()) {
                append(b, p, '，'); // 省工信厅牵头 省科技厅配合: two clauses
                piece.setLength(0);
            } else if (UnitListSplitter.looksLikeUnit(p) || "、，,；;".indexOf(part.charAt(part.length() - 1)) >= 0) {
                append(b, p, '、');
                piece.setLength(0);
            }
        }
        append(b, piece.toString(), '、');
        return b.toString();
    }


    private static void append(StringBuilder b, String piece, char separator) {
        if (piece.isEmpty()) {
            return;
        }
        if (b.length() > 0 && "、，,；;".indexOf(b.charAt(b.length() - 1)) < 0) {
            b.append(ENDS_WITH_VERB.matcher(b).find() ? '，' : separator);
        }
        b.append(piece);
    }

    private static void add(List<Assignment> to, Assignment a) {
        if (!to.contains(a)) {
            to.add(a);
        }
    }
}
