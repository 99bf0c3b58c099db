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

    private UnitDirectory(Map<String, String> exact, Map<String, String> levelled) {
        this.exact = exact;
        this.levelled = levelled;
    }

    /** The built-in table only. */
    public static UnitDirectory builtIn() {
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
        return new UnitDirectory(exact, levelled);
    }

    /** This directory with the workspace's own aliases (alias → unit name) taking precedence. */
    public UnitDirectory withAliases(Map<String, String> aliases) {
        Map<String, String> merged = new HashMap<>(exact);
        merged.putAll(aliases);
        return new UnitDirectory(merged, levelled);
    }

    /** The name the directory keeps for {@code name} (the name itself if it knows no other). */
    public String canonical(String name) {
        String n = name.strip();
        for (int hops = 0; hops < 8; hops++) { // user aliases may chain after merges: A → B → C
            String next = step(n);
            if (next.equals(n)) {
                return n;
            }
            n = next;
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
            tasks.add(new Task(t.id(), t.seq(), t.number(), t.part(), t.section(), t.text(), assignments,
                    t.othersIncluded(), t.deadlines(), t.milestones(), t.progress(), t.status(), t.sourceLine()));
        }
        return new Plan(plan.id(), plan.notice(), plan.title(), plan.docNumber(), plan.issuer(), plan.issuedOn(),
                plan.sourceText(), plan.parts(), plan.sections(), tasks);
    }
}
