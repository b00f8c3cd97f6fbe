package dev.quizbank.statistics;

import java.util.List;
import java.util.stream.Collectors;

import dev.quizbank.statistics.Statistics.QuestionStatistics;

/**
 * The item map as SVG: each question at (facility, discrimination index), labelled with its
 * number. Flagged questions are red diamonds, the others blue circles, so the mark does not rely
 * on colour alone. A question whose facility or discrimination is undefined cannot be placed; the
 * description names it.
 */
public final class ItemMapSvg {

    static final int WIDTH = 720;
    static final int HEIGHT = 520;
    static final int LEFT = 80;
    static final int RIGHT = 32;
    static final int TOP = 80;
    static final int BOTTOM = 64;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private ItemMapSvg() {
    }

    /** @param caption what the drawing is of, e.g. "chapter-20, version 1, all attempts" */
    public static String render(String caption, List<QuestionStatistics> questions) {
        List<QuestionStatistics> placed = questions.stream().filter(ItemMapSvg::placeable).toList();
        Svg svg = new Svg(WIDTH, HEIGHT, "Item map: " + caption, description(questions, placed));
        svg.text(LEFT, 28, "start", "heading", "Item map: " + caption);
        legend(svg);
        for (int i = 0; i <= 4; i++) {
            double f = i / 4.0;
            double d = -1 + i / 2.0;
            svg.line(x(f), TOP, x(f), TOP + PLOT_HEIGHT, Svg.GRID, " stroke-width=\"0.5\"");
            svg.text(x(f), TOP + PLOT_HEIGHT + 18, "middle", "tick", Svg.tick(f));
            svg.line(LEFT, y(d), LEFT + PLOT_WIDTH, y(d), Svg.GRID, d == 0 ? " stroke-width=\"1.5\"" : " stroke-width=\"0.5\"");
            svg.text(LEFT - 8, y(d) + 4, "end", "tick", Svg.tick(d));
        }
        double easy = x(Flag.TOO_EASY_ABOVE);
        svg.line(easy, TOP, easy, TOP + PLOT_HEIGHT, Svg.GRID, " stroke-dasharray=\"6 4\"");
        svg.text(easy - 4, TOP + 14, "end", "threshold", "too easy →");
        svg.raw("<rect x=\"" + LEFT + "\" y=\"" + TOP + "\" width=\"" + Svg.num(PLOT_WIDTH) + "\" height=\""
                + Svg.num(PLOT_HEIGHT) + "\" fill=\"none\" stroke=\"" + Svg.INK + "\"/>");
        svg.text(LEFT + PLOT_WIDTH / 2, HEIGHT - 16, "middle", "axis-label", "Facility (share answering correctly)");
        svg.raw("<text class=\"axis-label\" transform=\"translate(22 " + Svg.num(TOP + PLOT_HEIGHT / 2)
                + ") rotate(-90)\" text-anchor=\"middle\" " + Svg.FONT + " font-size=\"13\" fill=\"" + Svg.INK
                + "\">Discrimination index</text>");
        for (QuestionStatistics q : placed) {
            point(svg, q);
        }
        return svg.end();
    }

    private static boolean placeable(QuestionStatistics q) {
        return q.facility() != null && q.discriminationIndex() != null;
    }

    static double x(double facility) {
        return LEFT + PLOT_WIDTH * facility;
    }

    static double y(double discrimination) {
        return TOP + PLOT_HEIGHT * (1 - discrimination) / 2;
    }

    private static void point(Svg svg, QuestionStatistics q) {
        double px = x(q.facility());
        double py = y(q.discriminationIndex());
        boolean flagged = !q.flags().isEmpty();
        String title = "Question " + q.number() + ": facility " + Svg.figure(q.facility()) + ", discrimination "
                + Svg.figure(q.discriminationIndex())
                + (flagged ? "; flags: " + q.flags().stream().map(Flag::wireName).collect(Collectors.joining(", ")) : "");
        svg.raw("<g class=\"item" + (flagged ? " flagged" : "") + "\" data-question=\"" + q.number() + "\">");
        svg.raw("<title>" + Svg.escape(title) + "</title>");
        svg.raw(marker(px, py, flagged));
        svg.text(px + 9, py - 7, "start", "item-label", Integer.toString(q.number()));
        svg.raw("</g>");
    }

    private static String marker(double px, double py, boolean flagged) {
        if (!flagged) {
            return "<circle class=\"marker\" cx=\"" + Svg.num(px) + "\" cy=\"" + Svg.num(py) + "\" r=\"6\" fill=\""
                    + Svg.MARK + "\"/>";
        }
        return "<polygon class=\"marker\" points=\"" + Svg.num(px) + "," + Svg.num(py - 8) + " " + Svg.num(px + 8) + ","
                + Svg.num(py) + " " + Svg.num(px) + "," + Svg.num(py + 8) + " " + Svg.num(px - 8) + "," + Svg.num(py)
                + "\" fill=\"" + Svg.ALERT + "\"/>";
    }

    private static void legend(Svg svg) {
        double top = 52;
        svg.raw(marker(LEFT + 6, top, false));
        svg.text(LEFT + 18, top + 4, "start", "legend", "question without flags");
        svg.raw(marker(LEFT + 226, top, true));
        svg.text(LEFT + 240, top + 4, "start", "legend", "flagged question (see its flags)");
    }

    private static String description(List<QuestionStatistics> questions, List<QuestionStatistics> placed) {
        long flagged = placed.stream().filter(q -> !q.flags().isEmpty()).count();
        String text = "Each question placed by facility (left: hard, right: easy) against discrimination index "
                + "(top: separates strong from weak attempts, below zero: the reverse). " + placed.size() + " of "
                + questions.size() + " questions placed, " + flagged + " of them flagged.";
        List<String> missing = questions.stream().filter(q -> !placeable(q))
                .map(q -> Integer.toString(q.number())).toList();
        return missing.isEmpty() ? text
                : text + " Not placed, their figures being undefined: questions " + String.join(", ", missing) + ".";
    }
}
