package org.luoshi.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings kept in the workspace file itself, as text under a key: they travel with the plans
 * (light thresholds, default reminder offsets, the unit shown as "my unit"). What the values mean
 * is up to the callers (see org.luoshi.settings.WorkspaceSettings).
 */
public final class SettingRepository {

    private final Database db;

    SettingRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return db.inTransaction("read the setting " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Sets the value under {@code key}; a null value removes the key. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        db.inTransaction("save the setting " + key, c -> {
            if (value == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO setting(key, value) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value""")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every stored setting, by key. */
    public Map<String, String> all() {
        return db.inTransaction("read the settings", c -> {
            Map<String, String> all = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
            return all;
        });
    }

    /** Sets several keys in one transaction (null values remove their key). */
    public void putAll(Map<String, String> values) {
        db.inTransaction("save the settings", c -> {
            values.forEach(this::put);
            return null;
        });
    }
}
