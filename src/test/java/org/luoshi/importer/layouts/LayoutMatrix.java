package org.luoshi.importer.layouts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the layout matrix for docs/IMPORTER.md: every document of {@link LayoutVariants} in every layout, with its
 * task, unit-role and deadline F1 beside the document's own figure. Options: {@code --no-pdf} (no LibreOffice run),
 * {@code --failing} (only the rows below their floor), {@code --show NAME} (print one variant's file and stop).
 * Run: {@code java -cp target/test-classes:target/classes:$CP org.luoshi.importer.layouts.LayoutMatrix}.
 */
public final class LayoutMatrix {
    private LayoutMatrix() {
    }

    /** Prints, task by task in order, the units and deadlines the labels give and the ones read, where they differ. */
    private static void printDiff(Variant v, Path folder) throws IOException {
        com.fasterxml.jackson.databind.JsonNode expected = org.luoshi.importer.Corpus.expectedJson(v.document()).get("tasks");
        com.fasterxml.jackson.databind.JsonNode parsed;
        try {
            parsed = org.luoshi.importer.Corpus.importedJson(v.write(folder)).get("tasks");
        } catch (org.luoshi.importer.read.DocumentReadException e) {
            System.out.println("refused: " + e.getMessage());
            return;
        }
        System.out.println("expected " + expected.size() + ", parsed " + parsed.size());
        for (int i = 0; i < Math.max(expected.size(), parsed.size()); i++) {
            String want = i < expected.size() ? units(expected.get(i)) : "-";
            String got = i < parsed.size() ? units(parsed.get(i)) : "-";
            if (!want.equals(got)) {
                System.out.println("#" + (i + 1) + " " + (i < parsed.size() ? parsed.get(i).path("text").asText("")
                        .substring(0, Math.min(30, parsed.get(i).path("text").asText("").length())) : ""));
                System.out.println("   want " + want);
                System.out.println("   got  " + got);
            }
        }
    }

    private static String units(com.fasterxml.jackson.databind.JsonNode t) {
        StringBuilder b = new StringBuilder();
        for (String role : new String[] {"lead", "responsible", "cooperating"}) {
            b.append(role).append('=').append(t.path(role)).append(' ');
        }
        List<String> d = new ArrayList<>();
        t.path("deadlines").forEach(x -> d.add(x.path("kind").asText() + ":" + x.path("date").asText() + x.path("from").asText("") + x.path("to").asText("")));
        return b.append("deadlines=").append(d).toString();
    }

    public static void main(String[] args) throws IOException {
        boolean pdf = !List.of(args).contains("--no-pdf") && ContainerLayouts.canPrintPdf();
        boolean failing = List.of(args).contains("--failing");
        Path folder = Files.createTempDirectory("luoshi-layouts");
        List<Variant> variants = new ArrayList<>();
        for (String d : LayoutVariants.documents()) {
            variants.addAll(LayoutVariants.of(d, pdf));
        }
        int show = List.of(args).indexOf("--show");
        if (show >= 0) {
            String wanted = args[show + 1];
            for (Variant v : variants) {
                if ((v.document() + " / " + v.transformation()).equals(wanted)) {
                    System.out.println(Files.readString(v.write(folder)));
                }
            }
            return;
        }
        int diff = List.of(args).indexOf("--diff");
        if (diff >= 0) {
            for (Variant v : variants) {
                if ((v.document() + " / " + v.transformation()).equals(args[diff + 1])) {
                    printDiff(v, folder);
                }
            }
            return;
        }
        LayoutScoring scoring = new LayoutScoring();
        List<LayoutScoring.Result> results = scoring.scoreAll(variants, folder);
        System.out.println("| document | layout | tasks exp/parsed/found | task F1 (original) | unit-role F1 (original) "
                + "| deadlines F1 | |");
        System.out.println("|---|---|---|---|---|---|---|");
        int below = 0;
        int unfair = 0;
        for (LayoutScoring.Result r : results) {
            boolean ok = r.keepsTasks() && r.keepsPairs();
            String notFixed = SamePlanInEveryLayoutTest.notFixed(r.variant());
            String mark = r.variant().unfair() != null ? "left out (unfair): " + r.variant().unfair()
                    : ok ? "" : notFixed != null ? "**below**, not fixed: " + notFixed : "**below**";
            if (!ok && r.variant().unfair() == null) {
                below++;
            }
            if (r.variant().unfair() != null) {
                unfair++;
            }
            if (failing && ok) {
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %d/%d/%d | %.2f (%.2f) | %.2f (%.2f) | %.2f | %s%s |%n",
                    r.variant().document(), r.variant().transformation(), r.score().expectedTasks(),
                    r.score().parsedTasks(), r.score().foundTasks(), r.score().taskF1(), r.original().taskF1(),
                    r.score().pairF1(), r.original().pairF1(), r.score().deadlineF1(), mark,
                    r.note().isEmpty() ? "" : " (" + r.note() + ")");
        }
        System.out.printf(Locale.ROOT, "%n%d variants of %d documents; %d fair ones below their floor; %d left out as "
                + "unfair%s%n", results.size(), LayoutVariants.documents().size(), below, unfair, pdf ? "" : "; no PDF");
    }
}
