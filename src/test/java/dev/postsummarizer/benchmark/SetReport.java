package dev.postsummarizer.benchmark;

import dev.postsummarizer.benchmark.ExtractionBenchmark.Run;
import dev.postsummarizer.benchmark.TextMetrics.Prf;
import dev.postsummarizer.domain.ForumPost;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores one group of pages with its set's metric and prints ours beside readability4j. */
final class SetReport {

    /** A gold post counts as found when one of our posts holds at least this share of its words. */
    static final double POST_FOUND_RECALL = 0.5;

    private SetReport() {
    }

    static void print(PrintStream out, String set, String type, List<EvalPage> pages, Map<String, Run> ours,
            Map<String, Run> theirs) {
        Prf our = score(set, pages, ours);
        Prf their = score(set, pages, theirs);
        String metric = "wcxb".equals(set) ? "bow" : "shingle";
        out.printf(Locale.ROOT, "%-8s n=%-4d %s  ours P=%.3f R=%.3f F1=%.3f | r4j P=%.3f R=%.3f F1=%.3f | F1 ratio %.3f%n",
                type, pages.size(), metric, our.precision(), our.recall(), our.f1(), their.precision(), their.recall(),
                their.f1(), our.f1() / their.f1());
        if ("wcxb".equals(set)) {
            out.printf(Locale.ROOT, "         with found ours %.1f%% r4j %.1f%% | without leaked ours %.1f%% r4j %.1f%% | "
                    + "title exact ours %.1f%%%n", 100 * withFound(pages, ours), 100 * withFound(pages, theirs),
                    100 * withoutLeaked(pages, ours), 100 * withoutLeaked(pages, theirs), 100 * titleExact(pages, ours));
        }
        if ("web-forum-52".equals(set)) {
            out.printf(Locale.ROOT, "         posts found with the right author: %.1f%%%n", 100 * postsWithAuthor(pages, ours));
        }
        Timing ourTime = Timing.of(pages, ours);
        Timing theirTime = Timing.of(pages, theirs);
        out.printf(Locale.ROOT, "         time/page ours median %.1f ms p99 %.1f ms %.1f pages/s | r4j median %.1f ms "
                + "p99 %.1f ms %.1f pages/s | speed ratio %.2fx | failures ours %d r4j %d%n",
                ourTime.median, ourTime.p99, ourTime.pagesPerSecond, theirTime.median, theirTime.p99,
                theirTime.pagesPerSecond, ourTime.pagesPerSecond / theirTime.pagesPerSecond, failures(pages, ours),
                failures(pages, theirs));
    }

    /** One line per page, worst of ours first: where to look when a number moves. */
    static void writePageScores(Path file, String set, List<EvalPage> pages, Map<String, Run> ours,
            Map<String, Run> theirs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (EvalPage page : pages) {
            Prf our = score(set, List.of(page), ours);
            Prf their = score(set, List.of(page), theirs);
            lines.add(String.format(Locale.ROOT, "%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s", our.f1(), our.precision(),
                    our.recall(), their.f1(), page.id(), page.type(), page.url()));
        }
        lines.sort(null);
        lines.add(0, "ours_f1\tours_p\tours_r\tr4j_f1\tid\ttype\turl");
        Files.write(file, lines);
    }

    static Prf score(String set, List<EvalPage> pages, Map<String, Run> runs) {
        if ("wcxb".equals(set)) {
            List<Prf> perPage = pages.stream().map(p -> TextMetrics.bagOfWords(p.reference(), runs.get(p.id()).text())).toList();
            return new Prf(TextMetrics.mean(perPage.stream().mapToDouble(Prf::precision).toArray()),
                    TextMetrics.mean(perPage.stream().mapToDouble(Prf::recall).toArray()),
                    TextMetrics.mean(perPage.stream().mapToDouble(Prf::f1).toArray()));
        }
        return TextMetrics.shingleMeans(
                pages.stream().map(p -> TextMetrics.shingles(p.reference(), runs.get(p.id()).text())).toList());
    }

    private static double withFound(List<EvalPage> pages, Map<String, Run> runs) {
        return snippetShare(pages, runs, true);
    }

    private static double withoutLeaked(List<EvalPage> pages, Map<String, Run> runs) {
        return snippetShare(pages, runs, false);
    }

    private static double snippetShare(List<EvalPage> pages, Map<String, Run> runs, boolean with) {
        int total = 0;
        int hits = 0;
        for (EvalPage page : pages) {
            String text = runs.get(page.id()).text();
            for (String snippet : with ? page.with() : page.without()) {
                total++;
                hits += TextMetrics.containsSnippet(text, snippet) ? 1 : 0;
            }
        }
        return total == 0 ? Double.NaN : hits / (double) total;
    }

    private static double titleExact(List<EvalPage> pages, Map<String, Run> runs) {
        int total = 0;
        int exact = 0;
        for (EvalPage page : pages) {
            if (page.title() == null || page.title().isBlank()) {
                continue;
            }
            total++;
            Run run = runs.get(page.id());
            String ours = run.post() == null ? null : run.post().title();
            exact += ours != null && normalizeTitle(ours).equals(normalizeTitle(page.title())) ? 1 : 0;
        }
        return total == 0 ? Double.NaN : exact / (double) total;
    }

    static String normalizeTitle(String title) {
        return String.join(" ", TextMetrics.tokens(title.toLowerCase(Locale.ROOT)));
    }

    /** Share of gold posts that one of our posts contains (by word recall) and credits to the same poster. */
    static double postsWithAuthor(List<EvalPage> pages, Map<String, Run> runs) {
        int total = 0;
        int found = 0;
        for (EvalPage page : pages) {
            Run run = runs.get(page.id());
            List<ForumPost> posts = run.post() == null ? List.of() : run.post().posts();
            for (EvalPage.GoldPost gold : page.posts()) {
                total++;
                ForumPost best = null;
                double bestRecall = 0;
                for (ForumPost post : posts) {
                    double recall = TextMetrics.bagOfWords(gold.text(), post.text()).recall();
                    if (recall > bestRecall) {
                        bestRecall = recall;
                        best = post;
                    }
                }
                if (best != null && bestRecall >= POST_FOUND_RECALL && sameUser(gold.user(), best.author())) {
                    found++;
                }
            }
        }
        return total == 0 ? Double.NaN : found / (double) total;
    }

    /** The gold user is what the page shows (a name, or a profile link): compare letters and digits only. */
    static boolean sameUser(String gold, String ours) {
        if (ours == null || gold == null) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String o = ours.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !o.isEmpty() && !g.isEmpty() && (g.contains(o) || o.contains(g));
    }

    private static long failures(List<EvalPage> pages, Map<String, Run> runs) {
        return pages.stream().filter(p -> runs.get(p.id()).failed()).count();
    }

    /** Median and 99th percentile of the time per page (ms), and pages per second over the group. */
    record Timing(double median, double p99, double pagesPerSecond) {

        static Timing of(List<EvalPage> pages, Map<String, Run> runs) {
            double[] millis = pages.stream().mapToDouble(p -> runs.get(p.id()).nanos() / 1e6).sorted().toArray();
            double total = Arrays.stream(millis).sum();
            return new Timing(percentile(millis, 0.5), percentile(millis, 0.99), millis.length / (total / 1000));
        }

        private static double percentile(double[] sorted, double share) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(share * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

}
