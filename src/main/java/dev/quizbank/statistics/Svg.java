package dev.quizbank.statistics;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A small writer of standalone SVG documents. Every text goes through {@link #escape}, and the
 * document carries a {@code <title>} and {@code <desc>} that screen readers announce (role img).
 * Colours have at least 4.5:1 contrast on the white background, so labels and marks stay legible.
 */
public final class Svg {

    public static final String MEDIA_TYPE = "image/svg+xml";
    static final String BACKGROUND = "#ffffff";
    static final String INK = "#1a1a1a";
    static final String GRID = "#6b6b6b";
    static final String MARK = "#1f5f99";
    static final String ALERT = "#b3261e";
    static final String FONT = "font-family=\"system-ui, sans-serif\"";

    private final StringBuilder out = new StringBuilder(4096);

    Svg(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"title desc\">\n")
                .append("<title id=\"title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"desc\">").append(escape(description)).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"").append(BACKGROUND).append("\"/>\n");
    }

    /** Appends markup as is: callers escape any text in it. */
    Svg raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String extra) {
        return raw("<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + stroke + "\"" + extra + "/>");
    }

    /** A text label; anchor is start, middle or end. */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        return raw("<text class=\"" + cssClass + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\""
                + anchor + "\" " + FONT + " font-size=\"13\" fill=\"" + INK + "\">" + escape(text) + "</text>");
    }

    String end() {
        return out.append("</svg>\n").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                // XML 1.0 has no place for other control characters, not even escaped
                default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    /** Coordinates to two decimals, which is finer than any screen shows. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** An axis tick: 0.25, 0.5, 1, -1. */
    static String tick(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A figure for people: three significant decimals. */
    static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
