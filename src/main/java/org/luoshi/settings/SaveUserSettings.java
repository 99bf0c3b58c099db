package org.luoshi.settings;

import java.io.IOException;
import java.nio.file.Path;
import org.luoshi.i18n.Messages;
import org.luoshi.session.Session;
import org.luoshi.session.UseCase;

/** Writes the person's own settings (language, PDF font, the detail pane's place) to their settings file. */
public record SaveUserSettings(Path file, UserSettings settings) implements UseCase<UserSettings> {

    @Override
    public UserSettings run(Session session) {
        try {
            UserSettingsFile.save(file, settings);
        } catch (IOException e) {
            throw new IllegalStateException(Messages.get("settings.error.save", file, e.getMessage()), e);
        }
        return settings;
    }
}
