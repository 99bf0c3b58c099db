package org.luoshi.ui;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the UI font so that Chinese never shows as boxes: the first installed family of a list of
 * CJK fonts common on Windows, macOS and Linux. JavaFX CSS takes one family, not a fallback list,
 * so the choice is made here from the families the system reports.
 */
public final class CjkFonts {
    public static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
            "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN", "SimHei", "SimSun", "STHeiti");

    private CjkFonts() {
    }

    public static Optional<String> pick(Collection<String> installedFamilies) {
        return PREFERRED.stream().filter(installedFamilies::contains).findFirst();
    }
}
