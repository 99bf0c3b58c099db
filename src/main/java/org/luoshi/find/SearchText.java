package org.luoshi.find;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as search compares it: full-width letters, digits and signs folded to their plain forms
 * (８０％ = 80%), Latin letters in lower case, Chinese as is. A query is split into terms at any
 * white space, the ideographic space included; a text matches when it contains every term.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The query's terms, normalized; none for a blank query. */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : normalize(query).split("[\\s\\u3000]+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms;
    }

    /** Whether the normalized {@code haystack} holds every term. */
    public static boolean matches(String haystack, List<String> terms) {
        for (String term : terms) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
