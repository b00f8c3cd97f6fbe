package dev.quizbank.statistics;

import java.util.List;

import dev.quizbank.statistics.Statistics.ScoreCount;
import dev.quizbank.statistics.Statistics.ScoreStatistics;

/** The score histogram as SVG: one bar per entry of the histogram (each score 0..maxScore when scores are whole), height in proportion to its count. */
public final class HistogramSvg {

    static final int WIDTH = 720;
    static final int HEIGHT = 400;
    static final int LEFT = 72;
    static final int RIGHT = 24;
    static final int TOP = 56;
    static final int BOTTOM = 64;
    /** Above this many scores only every few get a label, so that labels do not collide. */
    private static final int MAX_LABELS = 26;

    private HistogramSvg() {
    }

    /** @param caption what the drawing is of, e.g. "chapter-20, version 1, all attempts" */
    public static String render(String caption, ScoreStatistics score) {
        List<ScoreCount> bars = score.histogram();
        long attempts = bars.stream().mapToLong(ScoreCount::count).sum();
        long highest = bars.stream().mapToLong(ScoreCount::count).max().orElse(0);
        long step = tickStep(highest);
        long top = Math.max(step, (highest + step - 1) / step * step);

        Svg svg = new Svg(WIDTH, HEIGHT, "Score histogram: " + caption, description(attempts, score));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double baseline = TOP + plotHeight;
        svg.text(LEFT, TOP - 24, "start", "heading", "Score histogram: " + caption);

        for (long tick = 0; tick <= top; tick += step) {
            double y = baseline - plotHeight * tick / top;
            svg.line(LEFT, y, LEFT + plotWidth, y, Svg.GRID, " stroke-width=\"0.5\"");
            svg.text(LEFT - 8, y + 4, "end", "tick", Long.toString(tick));
        }
        double slot = plotWidth / bars.size();
        int labelEvery = (bars.size() + MAX_LABELS - 1) / MAX_LABELS;
        for (int slotIndex = 0; slotIndex < bars.size(); slotIndex++) {
            ScoreCount bar = bars.get(slotIndex);
            double height = plotHeight * bar.count() / top;
            double x = LEFT + slot * slotIndex;
            svg.raw("<rect class=\"bar\" data-score=\"" + bar.score() + "\" data-count=\"" + bar.count()
                    + "\" x=\"" + Svg.num(x + slot * 0.1) + "\" y=\"" + Svg.num(baseline - height)
                    + "\" width=\"" + Svg.num(slot * 0.8) + "\" height=\"" + Svg.num(height) + "\" fill=\""
                    + Svg.MARK + "\"><title>" + Svg.escape(barTitle(bar)) + "</title></rect>");
            if (slotIndex % labelEvery == 0) {
                svg.text(x + slot / 2, baseline + 18, "middle", "score-label", String.valueOf(bar.score()));
            }
        }
        svg.line(LEFT, baseline, LEFT + plotWidth, baseline, Svg.INK, "");
        svg.line(LEFT, TOP, LEFT, baseline, Svg.INK, "");
        svg.text(LEFT + plotWidth / 2, HEIGHT - 16, "middle", "axis-label", "Score (points)");
        svg.raw("<text class=\"axis-label\" transform=\"translate(20 " + Svg.num(TOP + plotHeight / 2)
                + ") rotate(-90)\" text-anchor=\"middle\" " + Svg.FONT + " font-size=\"13\" fill=\"" + Svg.INK
                + "\">Attempts</text>");
        if (attempts == 0) {
            svg.text(LEFT + plotWidth / 2, TOP + plotHeight / 2, "middle", "empty", "No attempts yet");
        }
        return svg.end();
    }

    private static String barTitle(ScoreCount bar) {
        return "Score " + bar.score() + ": " + bar.count() + (bar.count() == 1 ? " attempt" : " attempts");
    }

    private static String description(long attempts, ScoreStatistics score) {
        Number maxScore = score.histogram().isEmpty() ? 0 : score.histogram().getLast().score();
        if (attempts == 0) {
            return "No attempts yet; scores can range from 0 to " + maxScore + ".";
        }
        return "Scores of " + attempts + (attempts == 1 ? " attempt" : " attempts") + ", from 0 to " + maxScore
                + ": lowest " + score.min() + ", highest " + score.max() + ", mean " + Svg.figure(score.mean())
                + ", median " + Svg.figure(score.median()) + ".";
    }

    /** A round step (1, 2 or 5 × 10^k) that gives at most five gridlines above zero. */
    static long tickStep(long highest) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (highest <= 5 * step * factor) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }
}
