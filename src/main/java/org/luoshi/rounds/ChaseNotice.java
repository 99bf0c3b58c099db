package org.luoshi.rounds;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.luoshi.sheets.office.DocxLetter;

/**
 * The 催报 notice of a round: the units still missing or incomplete, as text to copy and as a Word
 * document to print or send. In Chinese, whatever language the interface speaks.
 */
public final class ChaseNotice {
    private ChaseNotice() {
    }

    public static String title(RoundBoard board, String planTitle) {
        return "关于催报《" + planTitle + "》" + board.round().period() + "进展情况的通知";
    }

    /** The body's paragraphs (after the title): 各有关单位, what was asked, the units, the request, the signature. */
    public static List<String> paragraphs(RoundBoard board, String issuer) {
        List<String> p = new ArrayList<>();
        p.add("各有关单位：");
        p.add("按照工作安排，" + board.round().period() + "任务进展情况应于" + FormWords.date(board.round().due())
                + "前报送。截至" + FormWords.date(board.today()) + "，以下单位尚未报送或未报送完整：");
        int n = 1;
        for (RoundBoard.UnitState u : board.outstanding()) {
            p.add(n++ + ". " + u.unit() + "（" + (u.state() == RoundBoard.State.MISSING ? "未报送"
                    : "部分报送，已报" + u.reported() + "项，共" + u.tasks() + "项") + "）");
        }
        if (n == 1) {
            p.add("（各单位均已报送。）");
        }
        p.add("请上述单位抓紧填报，于收到本通知后尽快报送。"
                + (board.round().contact().isEmpty() ? "" : "联系人：" + board.round().contact() + "。"));
        p.add(issuer == null ? "" : issuer);
        p.add(FormWords.date(board.today()));
        return p;
    }

    public static String text(RoundBoard board, String planTitle, String issuer) {
        StringBuilder s = new StringBuilder(title(board, planTitle)).append("\n\n");
        for (String line : paragraphs(board, issuer)) {
            s.append(line).append('\n');
        }
        return s.toString();
    }

    public static void writeDocx(RoundBoard board, String planTitle, String issuer, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxLetter letter = DocxLetter.create(doc, FormWords.PAGE_FOOTER);
            letter.title(title(board, planTitle));
            List<String> paragraphs = paragraphs(board, issuer);
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i >= paragraphs.size() - 2) {
                    letter.signature(paragraphs.get(i));
                } else if (i == 0) {
                    letter.line(paragraphs.get(i), ParagraphAlignment.BOTH);
                } else {
                    letter.paragraph(paragraphs.get(i));
                }
            }
            letter.write(title(board, planTitle), target);
        }
    }
}
