package org.luoshi.app;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Unit names in the order a Chinese reader looks them up: by pinyin (省财政厅 before 省商务厅). */
final class UnitOrder {
    @SuppressWarnings("unchecked")
    static final Comparator<String> COLLATOR = (Comparator<String>) (Comparator<?>) Collator.getInstance(Locale.CHINA);

    private UnitOrder() {
    }
}
