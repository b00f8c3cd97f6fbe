package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.quiz.document.QuizDocument;

/** The native document's scoring guide: a Markdown table, or the plain columns of the textbook. */
final class NativeScoringGuide {

    private static final Pattern PLAIN_HEADER = Pattern.compile("Score\\s+Level\\s+Recommendation");
    private static final Pattern PLAIN_BAND = Pattern.compile("(\\d{1,6})-(\\d{1,6}) (.+)", Pattern.DOTALL);
    private static final Pattern TABLE_HEADER = Pattern.compile("\\|\\s*Score\\s*\\|\\s*Level\\s*\\|\\s*Recommendation\\s*\\|");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|[ \\t:|-]*+");
    /** The score range of a table row; its two cells are split by hand, a '|' of a text written '\\|'. */
    private static final Pattern TABLE_BAND = Pattern.compile("\\|\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*\\|(.*)", Pattern.DOTALL);

    private final DocumentLines lines;

    private NativeScoringGuide(DocumentLines lines) {
        this.lines = lines;
    }

    /** The levels from the 'Scoring Guide' line to the end of the document; none where the document ends before it. */
    static List<QuizDocument.Band> read(DocumentLines lines, Places places, SourceViolations problems) {
        return new NativeScoringGuide(lines).bands(places, problems);
    }

    private List<QuizDocument.Band> bands(Places places, SourceViolations problems) {
        List<QuizDocument.Band> bands = new ArrayList<>();
        if (lines.atEnd()) {
            return bands;
        }
        places.line("scoringGuide", lines.lineNumber());
        lines.next++;
        lines.skipBlank();
        boolean table = !lines.atEnd() && TABLE_HEADER.matcher(lines.current()).matches();
        if (table) {
            lines.next++;
            Matcher rule = lines.expect(TABLE_RULE, "expected the table's separator row '|---|---|---|'");
            if (rule.group().indexOf('-') < 0 || !rule.group().endsWith("|")) {
                throw new DocumentLines.Fault(lines.next, "expected the table's separator row '|---|---|---|'");
            }
        } else {
            lines.expect(PLAIN_HEADER, "expected the header 'Score Level Recommendation' or a Markdown table");
        }
        lines.skipBlank();
        while (!lines.atEnd()) {
            if (bands.size() > QuizRules.MAX_QUESTIONS) {
                throw problems.end("line " + lines.lineNumber(), "a scoring guide has at most " + (QuizRules.MAX_QUESTIONS + 1)
                        + " levels, one per score");
            }
            places.line("scoringGuide[" + bands.size() + "]", lines.lineNumber());
            bands.add(table ? tableBand() : plainBand());
            lines.skipBlank();
        }
        if (bands.isEmpty()) {
            throw lines.fault("the scoring guide has no levels");
        }
        return bands;
    }

    private QuizDocument.Band tableBand() {
        String problem = "expected a row '| min-max | Level | Recommendation |' (a '|' in a text as '\\|')";
        Matcher row = lines.expect(TABLE_BAND, problem);
        List<String> cells = cells(row.group(3));
        if (cells.size() != 2) {
            throw new DocumentLines.Fault(lines.next, problem);
        }
        return band(row.group(1), row.group(2), NativeSyntax.unescapeCell(cells.get(0).strip()),
                NativeSyntax.unescapeCell(cells.get(1).strip()));
    }

    /** The cells before each unescaped '|'; none when anything but white space follows the last. */
    private static List<String> cells(String rest) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '|' && (i == 0 || rest.charAt(i - 1) != '\\')) {
                cells.add(rest.substring(start, i));
                start = i + 1;
            }
        }
        return rest.substring(start).isBlank() ? cells : List.of();
    }

    /**
     * In the plain form single spaces separate the columns, so the level is the run of capitalised
     * words before the recommendation, whose first word is the last capitalised one of that run.
     */
    private QuizDocument.Band plainBand() {
        Matcher row = lines.expect(PLAIN_BAND, "expected a row 'min-max Level Recommendation'");
        String rest = row.group(3);
        String[] words = rest.split(" ", -1);
        int capitalised = 0;
        while (capitalised < words.length && !words[capitalised].isEmpty()
                && Character.isUpperCase(words[capitalised].codePointAt(0))) {
            capitalised++;
        }
        if (capitalised == words.length || capitalised == 0) {
            throw new DocumentLines.Fault(lines.next, "cannot tell the level from the recommendation; use the Markdown table form"
                    + " '| min-max | Level | Recommendation |'");
        }
        int levelWords = capitalised == 1 ? 1 : capitalised - 1;
        String level = String.join(" ", List.of(words).subList(0, levelWords));
        return band(row.group(1), row.group(2), level, rest.substring(level.length() + 1));
    }

    private static QuizDocument.Band band(String min, String max, String level, String recommendation) {
        return new QuizDocument.Band(Integer.parseInt(min), Integer.parseInt(max), level, recommendation);
    }
}
