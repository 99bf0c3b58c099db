package org.luoshi.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalises unit names across plans: 省发改委 = 省发展改革委 = 省发展和改革委员会 are one unit. A
 * built-in table of common forms (resources unit-aliases.txt) plus the aliases the user adds or
 * that merging two units leaves behind. The importer keeps names as printed; this applies on save.
 */
public final class UnitDirectory {
    static final String RESOURCE = "/org/luoshi/plan/unit-aliases.txt";
    /** Level prefixes a * in the table stands for, longest first so 自治区 wins over 区. */
    private static final List<String> LEVELS = List.of("自治区", "省", "市", "州", "盟", "县", "区", "旗", "");

    private final Map<String, String> exact;
    private final Map<String, String> levelled;
    /** The workspace's own aliases (alias → the unit's name): the user's choice of name wins. */
    private final Map<String, String> user;

    private UnitDirectory(Map<String, String> exact, Map<String, String> levelled, Map<String, String> user) {
        this.exact = exact;
        this.levelled = levelled;
        this.user = user;
    }

    /** The built-in table only (read once; the directory is immutable). */
    public static UnitDirectory builtIn() {
        return BuiltIn.TABLE;
    }

    /** The table, read on first use by whichever thread needs it first. */
    private static final class BuiltIn {
        static final UnitDirectory TABLE = read();
    }

    private static UnitDirectory read() {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> levelled = new HashMap<>();
        try (InputStream in = UnitDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("unit alias table missing: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split("\\s*=\\s*");
                String canonical = names[0];
                for (String name : names) {
                    if (canonical.startsWith("*") && name.startsWith("*")) {
                        levelled.put(name.substring(1), canonical.substring(1));
                    } else {
                        exact.put(name, canonical);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UnitDirectory(Map.copyOf(exact), Map.copyOf(levelled), Map.of());
    }

    /** This directory with the workspace's own aliases (alias → unit name) taking precedence. */
    public UnitDirectory withAliases(Map<String, String> aliases) {
        Map<String, String> merged = new HashMap<>(user);
        merged.putAll(aliases);
        return new UnitDirectory(exact, levelled, Map.copyOf(merged));
    }

    /**
     * The name the directory keeps for {@code name} (the name itself if it knows no other). The
     * workspace's aliases win over the built-in table: when the user merged 省审批服务管理局 into
     * 省审批局, both names, and every other form of them, give 省审批局.
     */
    public String canonical(String name) {
        String n = name.strip();
        if (user.containsKey(n)) {
            return followUser(n);
        }
        String builtIn = step(n); // the table maps every form to its kept name in one step
        return user.containsKey(builtIn) ? followUser(builtIn) : builtIn;
    }

    /** The end of a chain of the user's aliases (merges chain them: A → B → C); a cycle stops where it closes. */
    private String followUser(String name) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String n = name;
        while (user.containsKey(n) && seen.add(n)) {
            n = user.get(n);
        }
        return n;
    }

    private String step(String n) {
        String mapped = exact.get(n);
        if (mapped != null) {
            return mapped;
        }
        for (String level : LEVELS) {
            if (n.startsWith(level) && n.length() > level.length()) {
                String body = levelled.get(n.substring(level.length()));
                if (body != null) {
                    return level + body;
                }
            }
        }
        return n;
    }

    /** The plan with every unit named canonically; a unit named twice in one role after that is kept once. */
    public Plan normalise(Plan plan) {
        List<Task> tasks = new ArrayList<>();
        for (Task t : plan.tasks()) {
            List<Assignment> assignments = new ArrayList<>();
            for (Assignment a : t.assignments()) {
                Assignment n = new Assignment(new Unit(a.unit().id(), canonical(a.unit().name())), a.role());
                if (assignments.stream().noneMatch(x -> x.unit().name().equals(n.unit().name()) && x.role() == n.role())) {
                    assignments.add(n);
                }
            }
            // Only the units change: contact, phone, notes and progress come along (a JSON plan has them).
            tasks.add(t.withAssignments(assignments, t.othersIncluded()));
        }
        return plan.withTasks(tasks);
    }
}
