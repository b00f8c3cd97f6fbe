package dev.quizbank.quiz.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.identity.SubjectRule;
import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Every rule a quiz must meet to be published, whatever format it came in; all problems are
 * reported at once, each at its place. The rules also keep every published quiz expressible in
 * JSON and the native document, so that those exports import back unchanged; GIFT, Moodle XML and
 * QTI refuse, with a 406 naming it, a question they cannot state.
 */
public final class QuizRules {

    public static final int MAX_QUESTIONS = 500;
    public static final int MAX_CHOICES = 26;
    public static final int MAX_LINE = 1_000;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_CHAPTER = 999_999;
    public static final int MAX_OWNERS = 100;
    /** A quiz id: a URL-safe slug of at most 64 characters (the database checks the same). */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private final Places places;
    private final SourceViolations violations;
    private final QuestionRules questionRules = new QuestionRules(this);

    private QuizRules(ParsedSource parsed) {
        this.places = parsed.places();
        this.violations = new SourceViolations(parsed);
    }

    /** The problems of {@code parsed}: the reader's own, then every broken rule of its draft. */
    public static List<SourceViolation> check(ParsedSource parsed) {
        return checked(parsed).list();
    }

    /**
     * The draft of {@code parsed}, which meets every rule.
     *
     * @throws InvalidSourceException with the problems found, each at its place
     */
    static QuizSource require(ParsedSource parsed) {
        SourceViolations violations = checked(parsed);
        if (!violations.list().isEmpty()) {
            throw new InvalidSourceException(violations.list(), violations.truncated());
        }
        return parsed.draft();
    }

    private static SourceViolations checked(ParsedSource parsed) {
        QuizRules rules = new QuizRules(parsed);
        if (!parsed.stopped()) {
            try {
                rules.source(parsed.draft(), parsed.unreadQuestions());
            } catch (SourceViolations.Stop stop) {
                // The list is full: the rest of the rules would only add problems no client is shown.
            }
        }
        return rules.violations;
    }

    /**
     * The problems of keeping {@code settings} for {@code document}, which states none of its own (an edit
     * in GIFT): the pools must still name only its questions. Each is placed by the setting's JSON path.
     */
    public static List<SourceViolation> kept(QuizSettings settings, QuizDocument document) {
        SourceViolations violations = new SourceViolations();
        try {
            SettingsRules.questions(settings.pools(), document.questions().size(),
                    (path, message) -> violations.add(path, message + "; the quiz keeps its settings, so state new ones or keep the question"));
        } catch (SourceViolations.Stop stop) {
            // The list is full: a client is shown no more.
        }
        return violations.list();
    }

    /** Whether {@code id} is a quiz id: a URL-safe slug. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private void source(QuizSource source, Set<Integer> unreadQuestions) {
        if (source.id() != null && !isId(source.id())) {
            fault("id", "the id must be a slug of lowercase letters, digits and '-' (at most 64), starting with a letter or digit");
        }
        QuizDocument document = source.document();
        if (source.settings() != null) {
            owners(source.settings().owners());
            if (document != null) {
                SettingsRules.questions(source.settings().pools(), document.questions().size(), this::fault);
            }
        }
        if (document == null) {
            return;
        }
        if (line("title", document.title(), "the title") && NativeSyntax.endsBlock(document.title())) {
            fault("title", "the title reads as a heading: " + Echo.quoted(document.title()));
        }
        if (document.chapter() < 0 || document.chapter() > MAX_CHAPTER) {
            fault("chapter", "the chapter must be a number from 0 to " + MAX_CHAPTER);
        }
        if (text("description", document.description(), "the description", false)) {
            headings("description", document.description(), 0, "the description");
        }
        List<Question> questions = document.questions();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            fault("questions", "a quiz has 1 to " + MAX_QUESTIONS + " questions, this one " + questions.size());
        }
        for (int i = 0; i < questions.size(); i++) {
            if (!unreadQuestions.contains(i)) {
                question("questions[" + i + "]", i + 1, questions.get(i));
            }
        }
        scoringGuide(document.scoringGuide(), document.maxScore());
    }

    private void question(String path, int expected, Question question) {
        if (question.number() != expected) {
            fault(path + ".number", "expected question " + expected + " but found question " + question.number()
                    + ": questions are numbered 1..N in order");
        }
        String name = "question " + question.number();
        if (text(path + ".text", question.text(), name + "'s text", true)) {
            for (String line : question.text().split("\n", -1)) {
                if (NativeSyntax.endsQuestionText(question.type(), line)) {
                    fault(path + ".text", name + "'s text has a line that reads as a choice, an answer or a heading: "
                            + Echo.quoted(line));
                    break;
                }
            }
        }
        questionRules.check(path, name, question);
        if (text(path + ".explanation", question.explanation(), name + "'s explanation", true)) {
            headings(path + ".explanation", question.explanation(), 1, name + "'s explanation");
        }
    }

    /** Further owners are authors, named as a token names its subject (the same rule), each once. */
    private void owners(List<String> owners) {
        if (owners.size() > MAX_OWNERS) {
            fault("settings.owners", "a quiz has at most " + MAX_OWNERS + " further owners, this one " + owners.size());
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            String owner = owners.get(i);
            if (!SubjectRule.names(owner)) {
                fault("settings.owners[" + i + "]", "owner " + (i + 1) + " is not an author's subject: 1 to 255 characters,"
                        + " not blank, without control characters");
            } else if (!listed.add(owner)) {
                fault("settings.owners[" + i + "]", "the owner " + Echo.quoted(owner) + " is listed twice");
            }
        }
    }

    /** In the native document a line 'Question N' or 'Scoring Guide' would end the text early. */
    void headings(String path, String text, int fromLine, String name) {
        String[] lines = text.split("\n", -1);
        for (int k = fromLine; k < lines.length; k++) {
            if (NativeSyntax.endsBlock(lines[k])) {
                fault(path, name + " has a line that reads as a heading: " + Echo.quoted(lines[k]));
                return;
            }
        }
    }

    private void scoringGuide(List<QuizDocument.Band> bands, BigDecimal maxScore) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < bands.size(); k++) {
            QuizDocument.Band band = bands.get(k);
            String path = "scoringGuide[" + k + "]";
            line(path + ".level", band.level(), "the level of the band " + range(band));
            line(path + ".recommendation", band.recommendation(), "the recommendation of the band " + range(band));
            if (band.minScore() < 0 || band.minScore() > band.maxScore()) {
                fault(path, "the band " + range(band) + " runs backwards or below 0");
            } else {
                order.add(k);
            }
        }
        if (order.size() < bands.size()) {
            return;
        }
        order.sort(Comparator.comparingInt(k -> bands.get(k).minScore()));
        int expectedMin = 0;
        for (int k : order) {
            QuizDocument.Band band = bands.get(k);
            if (band.minScore() > expectedMin) {
                fault("scoringGuide[" + k + "]", "the scoring guide has a gap: no level covers "
                        + range(expectedMin, band.minScore() - 1));
            } else if (band.minScore() < expectedMin) {
                fault("scoringGuide[" + k + "]", "the band " + range(band) + " overlaps another band");
            }
            expectedMin = Math.max(expectedMin, band.maxScore() + 1);
        }
        // Bands are whole scores: a score of 7.5 belongs to the band from 7, so a guide ends at the whole part of the maximum.
        BigDecimal end = maxScore.setScale(0, RoundingMode.FLOOR);
        if (!order.isEmpty() && BigDecimal.valueOf(expectedMin - 1).compareTo(end) != 0) {
            fault("scoringGuide[" + order.get(order.size() - 1) + "]", "the scoring guide must end at the maximum score "
                    + end.toPlainString() + " (the sum of the points) but ends at " + (expectedMin - 1));
        }
    }

    boolean line(String path, String value, String name) {
        return holds(path, TextRules.line(value, name));
    }

    boolean text(String path, String value, String name, boolean required) {
        return holds(path, TextRules.text(value, name, required));
    }

    /** Whether there is no {@code problem}; when there is one, it is reported at {@code path}. */
    private boolean holds(String path, String problem) {
        return problem == null || fault(path, problem);
    }

    boolean fault(String path, String message) {
        violations.add(places.of(path), message);
        return false;
    }

    private static String range(QuizDocument.Band band) {
        return band.minScore() + "-" + band.maxScore();
    }

    private static String range(int from, int to) {
        return from == to ? "score " + from : "scores " + from + "-" + to;
    }
}
