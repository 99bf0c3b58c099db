package org.luoshi.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.luoshi.i18n.Dates;
import org.luoshi.i18n.Messages;

/**
 * The contract of plan JSON: {@code plan.schema.json} beside this class (JSON Schema draft
 * 2020-12), checked by networknt's validator with format assertions on. Everything a file may say
 * is there — the fields, their exact types, dates from {@link Dates#FIRST} to {@link Dates#LAST},
 * percents 0–100, the format version a small whole number — so the reader that follows only
 * copies values. A file that breaks it is refused with the JSON path of the first field at fault
 * ({@code tasks[3].deadlines[0].date: …}) in the user's language.
 */
public final class PlanSchema {
    static final String RESOURCE = "plan.schema.json";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int SHOWN_CHARS = 40;

    /** One thing wrong with a file: where (a JSON path without the leading {@code $.}) and what. */
    public record Problem(String path, String keyword, String message) {
        /** The one line a person is shown. */
        public String line() {
            return Messages.get("exchange.problem", path.isEmpty() ? Messages.get("exchange.path.file") : path,
                    message);
        }
    }

    private PlanSchema() {
    }

    /** The schema's own text, as shipped. */
    public static JsonNode schemaNode() {
        return Holder.NODE;
    }

    /** What is wrong with {@code root}, one problem per field at fault, in the validator's order; empty if none. */
    public static List<Problem> problems(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        // Numbers no double holds (1e400) break the validator's own comparisons: refused first, by path.
        unholdableNumbers(root, "", problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Error e : Holder.SCHEMA.validate(root)) {
            Problem p = problem(e);
            // A bad date breaks both its pattern and its format: say it once.
            if (seen.add(p.path())) {
                problems.add(p);
            }
        }
        return problems;
    }

    /**
     * Refuses {@code root} unless it keeps the contract.
     *
     * @param newestVersion the newest format version this reader knows
     * @throws PlanExchangeException naming the first field at fault, or saying that the file is
     *                               not a plan, is another program's, or is of a newer format
     */
    static void check(JsonNode root, int newestVersion) {
        List<Problem> problems = problems(root);
        JsonNode version = root.isObject() ? root.get("formatVersion") : null;
        if (version != null && problems.stream().noneMatch(p -> p.path().equals("formatVersion"))
                && version.intValue() > newestVersion) {
            // A valid version number, but a newer one: the rest of such a file need not be understood here.
            throw new PlanExchangeException(Messages.get("exchange.error.newer", String.valueOf(version.intValue())));
        }
        if (problems.isEmpty()) {
            return;
        }
        if (!root.isObject() || problems.stream()
                .anyMatch(p -> p.path().equals("tasks") && p.keyword().equals("required"))) {
            throw new PlanExchangeException(Messages.get("exchange.error.notPlan"));
        }
        JsonNode format = root.get("format");
        if (format != null && format.isTextual() && problems.stream().anyMatch(p -> p.path().equals("format"))) {
            throw new PlanExchangeException(Messages.get("exchange.error.format", shown(format)));
        }
        String first = problems.get(0).line();
        throw new PlanExchangeException(problems.size() == 1 ? first
                : Messages.get("exchange.problem.more", first, String.valueOf(problems.size() - 1)));
    }

    private static Problem problem(Error e) {
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String path = path(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        String schemaPlace = e.getSchemaLocation() == null ? "" : e.getSchemaLocation().toString();
        String message = switch (keyword) {
            case "required" -> {
                path = append(path, e.getProperty());
                yield Messages.get("exchange.schema.required");
            }
            case "additionalProperties" -> {
                path = append(path, e.getProperty());
                yield Messages.get("exchange.schema.unknown");
            }
            case "type" -> Messages.get("exchange.schema.type", typeNames(e.getSchemaNode()), found(value));
            case "pattern", "format" -> schemaPlace.contains("/$defs/unitName")
                    ? Messages.get("exchange.schema.unitName")
                    : Messages.get("exchange.schema.date", shown(value), Dates.FIRST, Dates.LAST);
            case "minimum" -> Messages.get("exchange.schema.minimum", e.getSchemaNode().asText(), shown(value));
            case "maximum" -> Messages.get("exchange.schema.maximum", e.getSchemaNode().asText(), shown(value));
            case "enum", "const" -> Messages.get("exchange.schema.enum", shown(value), choices(e.getSchemaNode()));
            case "oneOf" -> Messages.get("exchange.schema.within");
            case "maxLength", "maxItems" -> Messages.get("exchange.schema.tooLong");
            default -> e.getMessage();
        };
        return new Problem(path, keyword, message);
    }

    /** Every number in {@code node} too large for a double, with its path; the format's numbers are all small. */
    private static void unholdableNumbers(JsonNode node, String path, List<Problem> out) {
        if (node.isNumber()) {
            if (Double.isInfinite(node.doubleValue()) || Double.isNaN(node.doubleValue())) {
                out.add(new Problem(path, "type", Messages.get("exchange.schema.hugeNumber", shown(node))));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unholdableNumbers(node.get(i), path + "[" + i + "]", out);
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> unholdableNumbers(e.getValue(), append(path, e.getKey()), out));
        }
    }

    /** {@code tasks[3].deadlines[0].date}: the instance location without the root's {@code $}. */
    static String path(NodePath location) {
        StringBuilder b = new StringBuilder();
        if (location != null) {
            for (int i = 0; i < location.getNameCount(); i++) {
                Object element = location.getElement(i);
                if (element instanceof Integer index) {
                    b.append('[').append(index).append(']');
                } else {
                    b.replace(0, b.length(), append(b.toString(), String.valueOf(element)));
                }
            }
        }
        return b.toString();
    }

    private static String append(String path, String property) {
        if (property == null) {
            return path;
        }
        if (NAME.matcher(property).matches()) {
            return path.isEmpty() ? property : path + "." + property;
        }
        return path + "[\"" + clip(property).replace("\"", "\\\"") + "\"]";
    }

    private static String typeNames(JsonNode schemaType) {
        List<String> names = new ArrayList<>();
        if (schemaType != null && schemaType.isArray()) {
            schemaType.forEach(t -> names.add(Messages.get("exchange.type." + t.asText())));
        } else if (schemaType != null) {
            names.add(Messages.get("exchange.type." + schemaType.asText()));
        }
        return String.join(Messages.get("exchange.type.or"), names);
    }

    /** The values an enum allows, as a person reads them: NOT_STARTED, IN_PROGRESS, … (null left out). */
    private static String choices(JsonNode allowed) {
        List<String> names = new ArrayList<>();
        if (allowed != null && allowed.isArray()) {
            allowed.forEach(v -> {
                if (!v.isNull()) {
                    names.add(v.asText());
                }
            });
        } else if (allowed != null) {
            names.add(allowed.asText());
        }
        return String.join(", ", names);
    }

    /** What was found instead: the value itself where it is short (true, 12, “50”), else its kind. */
    private static String found(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Messages.get("exchange.type.null");
        }
        if (value.isTextual()) {
            return Messages.get("exchange.found.text", shown(value));
        }
        if (value.isArray()) {
            return Messages.get("exchange.type.array");
        }
        if (value.isObject()) {
            return Messages.get("exchange.type.object");
        }
        return shown(value);
    }

    /** A value as the message quotes it: text as it is, anything else as JSON, clipped, control characters escaped. */
    static String shown(JsonNode value) {
        if (value == null) {
            return "";
        }
        return clip(value.isTextual() ? value.asText() : value.toString());
    }

    /** {@code s} with control characters escaped (a hostile file's ESC sequences stay off the terminal). */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static String clip(String s) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            if (shown == SHOWN_CHARS) {
                return b.append('…').toString();
            }
            int cp = s.codePointAt(i);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
            shown++;
        }
        return b.toString();
    }

    /** Loaded on first use: reading and compiling the schema takes a few tens of milliseconds. */
    private static final class Holder {
        static final JsonNode NODE = read();
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build()))
                .getSchema(NODE);

        private static JsonNode read() {
            try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("plan.schema.json is missing from the application");
                }
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
