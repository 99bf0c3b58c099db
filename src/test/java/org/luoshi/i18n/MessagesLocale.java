package org.luoshi.i18n;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class in one language and restores the default afterwards:
 * {@code @RegisterExtension static final MessagesLocale LANGUAGE = MessagesLocale.english();}.
 */
public final class MessagesLocale implements BeforeEachCallback, AfterEachCallback {
    private final Locale locale;

    private MessagesLocale(Locale locale) {
        this.locale = locale;
    }

    public static MessagesLocale english() {
        return new MessagesLocale(Locale.ENGLISH);
    }

    public static MessagesLocale chinese() {
        return new MessagesLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.setLocale(locale);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(Locale.getDefault());
        DocumentTexts.use(null);
    }
}
