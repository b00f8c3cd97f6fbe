package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.quizbank.attempt.grading.Response;
import dev.quizbank.attempt.grading.Scoring;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.Question.TextAnswer;

/**
 * The patterns, read as whole-string regular expressions (as XML Schema reads them; Java's regex agrees with it on
 * the classes, escapes and quantifiers written), accept exactly the responses that the service's grading accepts.
 */
class QtiPatternsTest {

    private static final List<String> RESPONSES = List.of("", " ", "Paris", "paris", " PARIS\t", "Paris.", "xParis", "Parisx",
            "ville de paris", "Ville \t de\nParis", "Villede Paris", "Parxyzs", "Pars", "par is", "a*b$c", "A*B$C", "axb$c", "ab",
            "x*y", "x*yzz", "xay", "X*Y", "1+1=2?", "1+1=2", "(a|b)", "[a-z]", "^a$", "100%", "é", "É", "e\u0301", "Straße", "STRASSE",
            "NaCl", "nacl", "a.b", "axb", "{x}", "back\\slash", "tab\tin", "a b", "a  b", " a \t b ", "a x b", "a x  b", "a  x  b",
            "a xb", "ax b", "a\nx\ny\nb", "a", " a ", "x a", "a x", "x  a", "a  x", "axc", "a c", "a bc", "ab c");

    @Test
    void shouldAcceptWhatTheServiceAcceptsForEveryAnswerAndCase() {
        List<TextAnswer> answers = List.of(exact("Paris"), exact("Ville  de Paris"), wildcard("Par*s"), exact("a*b$c"), wildcard("x\\*y*"),
                exact("1+1=2?"), exact("(a|b)"), exact("[a-z]"), exact("^a$"), wildcard("*%"), exact("é"), exact("Straße"), exact("NaCl"),
                exact("a.b"), exact("{x}"), exact("back\\slash"), wildcard("*"), wildcard("a*b*c"), wildcard("a * b"), wildcard("a *b"),
                wildcard("a* b"), wildcard("* a"), wildcard("a *"), wildcard("a **"), wildcard("** a"), wildcard("a*"), wildcard("*a"),
                wildcard("a * c"), wildcard("a *c"));
        int accepted = 0;
        for (boolean caseSensitive : List.of(false, true)) {
            for (TextAnswer answer : answers) {
                Question.ShortText question = new Question.ShortText(1, "?", List.of(answer), caseSensitive, "", BigDecimal.ONE);
                Pattern pattern = Pattern.compile(QtiPatterns.pattern(Scoring.normalised(answer.text()),
                        answer.match() == TextAnswer.Match.wildcard, caseSensitive));
                for (String response : RESPONSES) {
                    boolean graded = Scoring.fraction(question, new Response.Text(response)).signum() > 0;
                    boolean blank = Pattern.matches(QtiPatterns.WHITESPACE + "*", response);
                    assertThat(!blank && pattern.matcher(response).matches())
                            .as("%s (case-sensitive %s) against '%s'", answer.text(), caseSensitive, response).isEqualTo(graded);
                    accepted += graded ? 1 : 0;
                }
            }
        }
        assertThat(accepted).as("responses accepted at all").isGreaterThan(40);
    }

    @Test
    void shouldEscapeWhatIsSpecialInXmlSchemaOrEcmaScript() {
        assertThat(QtiPatterns.pattern("a.b$c^(d)", false, true)).isEqualTo("[ \\t\\n\\r]*a\\.b[$]c\\^\\(d\\)[ \\t\\n\\r]*");
        assertThat(QtiPatterns.pattern("x\\*y*z", true, true)).isEqualTo("[ \\t\\n\\r]*x\\*y[\\s\\S]*z[ \\t\\n\\r]*");
        assertThat(QtiPatterns.pattern("a * b", true, true))
                .isEqualTo("[ \\t\\n\\r]*a[ \\t\\n\\r]+[^ \\t\\n\\r]([\\s\\S]*[^ \\t\\n\\r])?[ \\t\\n\\r]+b[ \\t\\n\\r]*");
        assertThat(QtiPatterns.pattern("a b", false, false)).isEqualTo("[ \\t\\n\\r]*[aA][ \\t\\n\\r]+[bB][ \\t\\n\\r]*");
    }

    private static TextAnswer exact(String text) {
        return new TextAnswer(text, BigDecimal.ONE, TextAnswer.Match.exact, "");
    }

    private static TextAnswer wildcard(String text) {
        return new TextAnswer(text, BigDecimal.ONE, TextAnswer.Match.wildcard, "");
    }
}
