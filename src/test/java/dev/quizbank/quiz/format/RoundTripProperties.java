package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * Over generated quizzes whose texts hold CommonMark, code spans, GIFT's special characters,
 * unicode and blank lines, and with every setting (review per phase, time limits, windows, pools …):
 * an export imports back to an equal quiz, and exporting that again gives the same bytes.
 */
class RoundTripProperties {

    @Property(tries = 300)
    void shouldRoundTripTheNativeDocumentByteForByte(@ForAll("quizzes") QuizSource quiz) {
        String exported = NativeWriter.write(quiz);
        QuizSource imported = SourceFormat.NATIVE.read(exported);
        assertThat(imported).isEqualTo(quiz);
        assertThat(NativeWriter.write(imported)).isEqualTo(exported);
    }

    @Property(tries = 300)
    void shouldRoundTripJsonByteForByte(@ForAll("quizzes") QuizSource quiz) {
        String exported = JsonWriter.write(quiz);
        QuizSource imported = SourceFormat.JSON.read(exported);
        assertThat(imported).isEqualTo(quiz);
        assertThat(JsonWriter.write(imported)).isEqualTo(exported);
    }

    @Property(tries = 500)
    void shouldRoundTripEveryQuestionTypeThroughTheNativeDocument(@ForAll("typedQuizzes") QuizSource quiz) {
        String exported = NativeWriter.write(quiz);
        ParsedSource imported = NativeReader.read(exported);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.draft()).isEqualTo(quiz);
        assertThat(NativeWriter.write(imported.draft())).isEqualTo(exported);
    }

    /** Quizzes of every type whose texts hold no line the native document would read as its structure, as the rules require. */
    @Provide
    Arbitrary<QuizSource> typedQuizzes() {
        Arbitrary<String> text = text(false);
        Arbitrary<List<Question>> questions = QuestionArbitraries.anyType(line(), text, Arbitraries.oneOf(text, Arbitraries.just("")))
                .filter(RoundTripProperties::readsAsWritten).list().ofMinSize(1).ofMaxSize(6).map(QuestionArbitraries::numbered);
        return Combinators.combine(line(), questions)
                .as((title, qs) -> new QuizSource(null, null, new QuizDocument(1, title, "", qs, List.of())));
    }

    private static boolean readsAsWritten(Question question) {
        return question.text().lines().noneMatch(line -> NativeSyntax.endsQuestionText(question.type(), line))
                && question.explanation().lines().noneMatch(NativeSyntax::endsBlock);
    }

    @Provide
    Arbitrary<QuizSource> quizzes() {
        // Any subject a token may carry, a comma, a quote, a bracket or a space at either end included.
        Arbitrary<List<String>> owners = Arbitraries.strings().withChars(" ,\"[]\\|@.éß").withCharRange('a', 'c').ofMinLength(1)
                .ofMaxLength(8).filter(owner -> !owner.isBlank()).list().uniqueElements().ofMaxSize(4);
        Arbitrary<QuizSettings> access = Combinators.combine(Arbitraries.of(QuizSettings.SELF_STUDY,
                new QuizSettings(QuizSettings.Review.SCORE, false, 3), new QuizSettings(QuizSettings.Review.SCORE, false, Integer.MAX_VALUE),
                new QuizSettings(QuizSettings.Review.CORRECTNESS, false, null)), owners, Arbitraries.of(QuizSettings.Review.class))
                .as((stated, listed, afterClose) -> new QuizSettings(new QuizSettings.ReviewPhases(stated.review().afterSubmit(), afterClose),
                        stated.anonymous(), stated.maxAttempts(), listed, null, 0, false, false, null, null, List.of(),
                        QuizSettings.GradingMethod.HIGHEST));
        Arbitrary<QuizSettings> settings = Combinators.combine(access,
                        Arbitraries.integers().between(1, (int) SettingsRules.MAX_TIME_LIMIT).injectNull(0.5),
                        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, (int) SettingsRules.MAX_GRACE)),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), window(), Arbitraries.of(QuizSettings.GradingMethod.class))
                .as((stated, limit, grace, shuffleQuestions, shuffleChoices, window, grading) -> new QuizSettings(stated.review(),
                        stated.anonymous(), stated.maxAttempts(), stated.owners(), limit, grace, shuffleQuestions, shuffleChoices,
                        window.get(0), window.get(1), List.of(), grading))
                .injectNull(0.2);
        Arbitrary<List<Question>> questions = question().list().ofMinSize(1).ofMaxSize(6).map(RoundTripProperties::numbered);
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                settings, Arbitraries.integers().between(0, 999), line(), text(true), questions)
                .as((id, s, chapter, title, description, qs) -> new QuizSource(id, s,
                        new QuizDocument(chapter, title, description, qs, guide(qs.size()))))
                .flatMap(quiz -> quiz.settings() == null ? Arbitraries.just(quiz)
                        : pools(quiz.document().questions().size()).map(pools -> withPools(quiz, pools)))
                .filter(RoundTripProperties::valid);
    }

    /** No window, one end of it, or both: instants to the microsecond from 1970 to 9999, as a document may state them. */
    private static Arbitrary<List<Instant>> window() {
        Arbitrary<Instant> instant = Combinators.combine(Arbitraries.longs().between(0, SettingsRules.LATEST.getEpochSecond()),
                Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999)))
                .as((seconds, micros) -> Instant.ofEpochSecond(seconds, micros * 1_000L));
        return Combinators.combine(instant.injectNull(0.4), instant.injectNull(0.4)).as((a, b) -> {
            if (a != null && b != null && !a.isBefore(b)) {
                return a.equals(b) ? Arrays.asList(a, null) : Arrays.asList(b, a);
            }
            return Arrays.asList(a, b);
        });
    }

    /** Up to three pools over the questions, in any order, each question in one at most, each drawing from 1 to all of its. */
    private static Arbitrary<List<QuizSettings.Pool>> pools(int questionCount) {
        List<Integer> numbers = new ArrayList<>();
        for (int number = 1; number <= questionCount; number++) {
            numbers.add(number);
        }
        Arbitrary<String> name = Arbitraries.of("easy", "hard ones", "é ß 日本語 😀", "`code` | *x*", "[a] \"q\" 'p' \\", "draw 1 of 2",
                "pool: b", "---");
        return Combinators.combine(Arbitraries.integers().between(0, 3).list().ofSize(questionCount), Arbitraries.shuffle(numbers),
                Arbitraries.integers().between(1, 6).list().ofSize(3), name.list().uniqueElements().ofSize(3))
                .as((assigned, order, draws, names) -> {
                    List<QuizSettings.Pool> pools = new ArrayList<>();
                    for (int k = 1; k <= 3; k++) {
                        int pool = k;
                        List<Integer> members = order.stream().filter(number -> assigned.get(number - 1) == pool).toList();
                        if (!members.isEmpty()) {
                            pools.add(new QuizSettings.Pool(names.get(k - 1), Math.min(draws.get(k - 1), members.size()), members));
                        }
                    }
                    return pools;
                });
    }

    private static QuizSource withPools(QuizSource quiz, List<QuizSettings.Pool> pools) {
        QuizSettings s = quiz.settings();
        return new QuizSource(quiz.id(), new QuizSettings(s.review(), s.anonymous(), s.maxAttempts(), s.owners(), s.timeLimitSeconds(),
                s.graceSeconds(), s.shuffleQuestions(), s.shuffleChoices(), s.openAt(), s.closeAt(), pools, s.gradingMethod()), quiz.document());
    }

    private static boolean valid(QuizSource quiz) {
        return QuizRules.check(new ParsedSource(quiz, Places.jsonPaths(), List.of(), Set.of(), false, false)).isEmpty();
    }

    private Arbitrary<Question.Single> question() {
        return Combinators.combine(text(false), line().list().ofMinSize(2).ofMaxSize(6), Arbitraries.integers().between(0, 25), text(false))
                .as((text, choiceTexts, answer, explanation) -> {
                    List<QuizDocument.Choice> choices = new ArrayList<>();
                    for (int i = 0; i < choiceTexts.size(); i++) {
                        choices.add(new QuizDocument.Choice(String.valueOf((char) ('A' + i)), choiceTexts.get(i)));
                    }
                    return new Question.Single(0, text, choices, choices.get(answer % choices.size()).key(), explanation);
                });
    }

    private static List<Question> numbered(List<Question.Single> questions) {
        List<Question> numbered = new ArrayList<>();
        for (Question.Single q : questions) {
            numbered.add(new Question.Single(numbered.size() + 1, q.text(), q.choices(), q.correctChoice(), q.explanation()));
        }
        return numbered;
    }

    /** Bands over 0..maxScore: one, or split in two or three, with texts that hold a '|'. */
    private static List<QuizDocument.Band> guide(int maxScore) {
        if (maxScore < 2) {
            return List.of(new QuizDocument.Band(0, maxScore, "All | nothing", "Try `again`, *then* {more}."));
        }
        int cut = maxScore / 2;
        return List.of(new QuizDocument.Band(cut + 1, maxScore, "Good", "Go on: ~ = # \\ |"),
                new QuizDocument.Band(0, cut, "Needs Review", "Read the chapter again \\| twice."));
    }

    private static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("`code`", "`a {b} c`", "*em*", "**strong**", "{", "}", "~", "=", "#", ":", "\\", "\\n", "::",
                        "|", "1.", "[link](http://x.org)", "é", "ß", "日本語", "😀", "$CATEGORY:", "//", "<b>", "&amp;", "]]>", "\"q\"", "'"));
    }

    /** One line, no space at either end. */
    private static Arbitrary<String> line() {
        return word().list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
    }

    /** Lines, some blank inside, none at either end. */
    private static Arbitrary<String> text(boolean mayBeEmpty) {
        Arbitrary<String> lines = Arbitraries.oneOf(line(), line(), Arbitraries.just(""), line().map(l -> "    " + l))
                .list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join("\n", parts).strip());
        return mayBeEmpty ? Arbitraries.oneOf(lines, Arbitraries.just("")) : lines.filter(t -> !t.isEmpty());
    }
}
