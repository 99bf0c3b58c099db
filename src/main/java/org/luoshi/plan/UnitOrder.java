package org.luoshi.plan;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Unit names in the order a Chinese reader looks them up: by pinyin (省财政厅 before 省商务厅). */
public final class UnitOrder {
    @SuppressWarnings("unchecked")
    public static final Comparator<String> COLLATOR = (Comparator<String>) (Comparator<?>) Collator.getInstance(Locale.CHINA);

    private UnitOrder() {
    }
}
