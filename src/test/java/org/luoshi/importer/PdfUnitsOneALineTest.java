package org.luoshi.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.Role;
import org.luoshi.plan.Task;

/**
 * A PDF unit cell with its units one a line (市数据局 / 各区人民政府) gives each unit, as the Word and Excel
 * readers do; a name the column wraps in its middle stays one name. The PDF is units-one-a-line.html in
 * src/test/resources/pdf-tables typeset by LibreOffice (HTML → .docx → .pdf); row 1 is issue 14's known
 * leftover (市政务服务中心⏎各区人民政府), row 2 the units of 钟楼 2021 (holdout14c), row 3 a long name.
 */
class PdfUnitsOneALineTest {
    @Test
    void unitsPrintedOneALineInAPdfCellAreSeveralUnits() throws Exception {
        URL url = PdfUnitsOneALineTest.class.getResource("/pdf-tables/units-one-a-line.pdf");
        List<Task> tasks = ImportDocument.read(Path.of(url.toURI()), null).parsed().plan().tasks();
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).unitNames(Role.COOPERATING)).containsExactly("市数据局", "各区人民政府");
        assertThat(tasks.get(1).unitNames(Role.COOPERATING)).containsExactly("五星街道", "南大街街道", "荷花池街道");
        assertThat(tasks.get(2).unitNames(Role.LEAD)).containsExactly("市发展和改革委员会");
        assertThat(tasks.get(2).unitNames(Role.COOPERATING)).containsExactly("市自然资源局", "市生态环境局");
        assertThat(tasks.get(1).text()).startsWith("推进大庙弄核心区改造").endsWith("老城厢道路整治。").doesNotContain(" ");
    }
}
