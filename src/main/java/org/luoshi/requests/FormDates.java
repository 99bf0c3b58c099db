package org.luoshi.requests;

import java.time.LocalDate;

/** Dates as documents print them, whatever the interface language: 2023年6月30日. */
final class FormDates {
    private FormDates() {
    }

    static String of(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
