package org.reluinr.core.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The benchmark's outcomes as CSV (one line per case × image × method) and as one Markdown table. */
public final class ResultTable {

    private ResultTable() {
    }

    /** Columns case, image, method, psnr, ssim, seconds and seen_psnr (render cases only, else empty). */
    public static String csv(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder("case,image,method,psnr,ssim,seconds,seen_psnr\n");
        for (Outcome o : outcomes) {
            Score s = o.score();
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.4f,%.5f,%.3f,%s%n", o.caseName(), o.image(), o.method(),
                    s.psnr(), s.ssim(), o.seconds(),
                    Double.isNaN(s.seenPsnr()) ? "" : String.format(Locale.ROOT, "%.4f", s.seenPsnr())));
        }
        return sb.toString();
    }

    /**
     * Rows case × image grouped by family, then a mean row per family; one column per method
     * with "PSNR / SSIM" (the render cases add the seen pixels' PSNR), the best PSNR of a row in bold.
     */
    public static String markdown(List<Outcome> outcomes) {
        Set<String> methods = new LinkedHashSet<>();
        outcomes.forEach(o -> methods.add(o.method()));
        StringBuilder sb = new StringBuilder("| case | image |");
        methods.forEach(m -> sb.append(' ').append(m).append(" |"));
        sb.append("\n| --- | --- |").append(" --- |".repeat(methods.size())).append('\n');
        for (Family family : Family.values()) {
            Map<String, Map<String, Outcome>> rows = new LinkedHashMap<>();
            Map<String, List<Score>> perMethod = new LinkedHashMap<>();
            for (Outcome o : outcomes) {
                if (o.family() == family) {
                    rows.computeIfAbsent(o.caseName() + "|" + o.image(), k -> new LinkedHashMap<>()).put(o.method(), o);
                    perMethod.computeIfAbsent(o.method(), k -> new ArrayList<>()).add(o.score());
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            rows.forEach((key, byMethod) -> {
                Map<String, Score> scores = new LinkedHashMap<>();
                byMethod.forEach((m, o) -> scores.put(m, o.score()));
                sb.append("| ").append(key.replace("|", " | ")).append(" |").append(cells(methods, scores)).append('\n');
            });
            Map<String, Score> means = new LinkedHashMap<>();
            perMethod.forEach((m, list) -> means.put(m, mean(list)));
            sb.append("| **mean, ").append(family.label()).append("** | ").append(rows.size()).append(" rows |")
                    .append(cells(methods, means)).append('\n');
        }
        return sb.toString();
    }

    private static String cells(Set<String> methods, Map<String, Score> scores) {
        double best = scores.values().stream().mapToDouble(Score::psnr).max().orElse(Double.NaN);
        StringBuilder sb = new StringBuilder();
        for (String m : methods) {
            Score s = scores.get(m);
            if (s == null) {
                sb.append(" – |");
                continue;
            }
            String cell = String.format(Locale.ROOT, "%.2f / %.3f", s.psnr(), s.ssim());
            if (s.psnr() == best) {
                cell = "**" + cell + "**";
            }
            if (!Double.isNaN(s.seenPsnr())) {
                cell += Double.isInfinite(s.seenPsnr()) ? " (seen ∞)"
                        : String.format(Locale.ROOT, " (seen %.1f)", s.seenPsnr());
            }
            sb.append(' ').append(cell).append(" |");
        }
        return sb.toString();
    }

    /** Means of PSNR, SSIM and seen PSNR; an infinite seen PSNR (exact interpolation) stays infinite. */
    private static Score mean(List<Score> scores) {
        double psnr = 0;
        double ssim = 0;
        double seen = 0;
        for (Score s : scores) {
            psnr += s.psnr();
            ssim += s.ssim();
            seen += s.seenPsnr();
        }
        int n = scores.size();
        return new Score(psnr / n, ssim / n, seen / n);
    }
}
