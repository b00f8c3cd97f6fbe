package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.support.Seed;

class NativeFormatTest {

    private static final QuizDocument SEED = read(Seed.TEXT);

    @Test
    void shouldReadTheSeedHeader() {
        assertThat(SEED.chapter()).isEqualTo(20);
        assertThat(SEED.title()).isEqualTo("Working with External APIs and Integrations");
        assertThat(SEED.description())
                .isEqualTo("Test your understanding of external API integration concepts, patterns, and best practices.");
        assertThat(SEED.maxScore()).isEqualTo(new BigDecimal("25"));
    }

    @Test
    void shouldReadEveryQuestionOfTheSeedVerbatim() {
        assertThat(SEED.questions()).hasSize(25);
        for (int i = 0; i < 25; i++) {
            Question.Single parsed = (Question.Single) SEED.questions().get(i);
            Seed.SeedQuestion source = Seed.QUESTIONS.get(i);
            assertThat(parsed.number()).isEqualTo(i + 1).isEqualTo(source.number());
            assertThat(parsed.text()).isEqualTo(source.text());
            assertThat(parsed.choices()).extracting(QuizDocument.Choice::key).containsExactlyElementsOf(source.choiceKeys());
            assertThat(parsed.choices()).extracting(QuizDocument.Choice::text).containsExactlyElementsOf(source.choiceTexts());
            assertThat(parsed.correctChoice()).isEqualTo(source.correct());
            assertThat(parsed.explanation()).isEqualTo(source.explanation());
        }
    }

    @Test
    void shouldKeepMarkupAsWritten() {
        Question.Single first = (Question.Single) SEED.questions().get(0);
        assertThat(first.choices()).containsExactly(
                new QuizDocument.Choice("A", "requests"), new QuizDocument.Choice("B", "urllib3"),
                new QuizDocument.Choice("C", "httpx"), new QuizDocument.Choice("D", "aiohttp"));
        assertThat(first.correctChoice()).isEqualTo("C");
        assertThat(first.explanation()).startsWith("`httpx` provides both `httpx.Client` (synchronous)")
                .endsWith("`urllib3` is a lower-level library used by `requests` internally.");
        assertThat(SEED.questions().get(15).explanation()).contains("*harder*");
    }

    @Test
    void shouldReadTheScoringGuideLevels() {
        assertThat(SEED.scoringGuide()).containsExactly(
                new QuizDocument.Band(23, 25, "Expert",
                        "You have a strong grasp of API integration patterns. Proceed to advanced exercises."),
                new QuizDocument.Band(18, 22, "Proficient",
                        "Good understanding with some gaps. Review the sections for questions you missed."),
                new QuizDocument.Band(13, 17, "Developing",
                        "Solid foundation but needs reinforcement. Re-read the chapter and attempt Tier 1-2 exercises."),
                new QuizDocument.Band(8, 12, "Beginning",
                        "Review the chapter thoroughly, focusing on sections 20.2, 20.3, and 20.9."),
                new QuizDocument.Band(0, 7, "Needs Review",
                        "Start with the chapter introduction and work through each section with the code examples."));
        for (int i = 0; i < 5; i++) {
            QuizDocument.Band band = SEED.scoringGuide().get(i);
            assertThat(band.level() + " " + band.recommendation()).isEqualTo(Seed.BANDS.get(i).rest());
        }
    }

    @Test
    void shouldReadTheMarkdownTableForm() {
        String table = Seed.TEXT.substring(0, Seed.TEXT.indexOf("Score Level Recommendation")) + """
                | Score | Level | Recommendation |
                |-------|-------|----------------|
                | 23-25 | Expert | You have a strong grasp. |
                | 18-22 | Proficient | Good. |
                | 13-17 | Developing | Solid. |
                | 8-12 | Beginning | Review *all* of it. |
                | 0-7 | Needs Review | Start with the chapter introduction. |
                """;
        QuizDocument document = read(table);
        assertThat(document.questions()).isEqualTo(SEED.questions());
        assertThat(document.scoringGuide()).extracting(QuizDocument.Band::level)
                .containsExactly("Expert", "Proficient", "Developing", "Beginning", "Needs Review");
        assertThat(document.scoringGuide().get(3).recommendation()).isEqualTo("Review *all* of it.");
    }

    @Test
    void shouldReadADocumentWithoutAScoringGuide() {
        QuizDocument document = read(Seed.TEXT.substring(0, Seed.TEXT.indexOf("Scoring Guide")));
        assertThat(document.questions()).isEqualTo(SEED.questions());
        assertThat(document.scoringGuide()).isEmpty();
    }

    @Test
    void shouldReportEveryBrokenRuleAtOnce() {
        String broken = Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **E) `httpx`**")
                .replace("Question 2\n", "Question 3\n")
                .replace("13-17 Developing", "14-17 Developing");
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.violations()).extracting(SourceViolation::place).containsExactly("line 16", "line 18", "line 263"));
    }

    @Test
    void shouldCarryOnAfterAQuestionItCannotRead() {
        String broken = Seed.TEXT.replace("Answer **C) `httpx`**", "Answer C) `httpx`")
                .replace("Answer **C) An authorization code received via redirect**", "The answer is C")
                .replace("13-17 Developing", "14-17 Developing");
        assertThatThrownBy(() -> read(broken)).isInstanceOfSatisfying(InvalidSourceException.class,
                e -> assertThat(e.violations()).extracting(SourceViolation::place).containsExactly("line 16", "line 26", "line 263"));
    }

    @Test
    void shouldRefuseLongHostileLinesWithAProblemNotACrash() {
        String longRow = Seed.TEXT.replace("| 0-7 |", "|").replace("0-7 Needs Review", "| 0-7 | Needs " + "x".repeat(300_000) + " | y | z |");
        assertThatThrownBy(() -> read(longRow)).isInstanceOf(InvalidSourceException.class);
        assertThatThrownBy(() -> read("---\nid: x" + " ".repeat(1_000_000) + "y\n---\n" + Seed.TEXT))
                .isInstanceOf(InvalidSourceException.class);
        assertThatThrownBy(() -> read(Seed.TEXT.replace("Score Level Recommendation", "| Score | Level | Recommendation |\n|"
                + "-".repeat(1_000_000) + "x"))).isInstanceOf(InvalidSourceException.class);
        assertThatThrownBy(() -> read(Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **C)" + "** x\u2028".repeat(100_000))))
                .isInstanceOf(InvalidSourceException.class);
    }

    @Test
    void shouldReadTheFrontMatter() {
        QuizSource source = SourceFormat.NATIVE.read("---\nid: exam-1\nreview: score\nanonymous: false\nmaxAttempts: 2\n---\n" + Seed.TEXT);
        assertThat(source.id()).isEqualTo("exam-1");
        assertThat(source.settings()).isEqualTo(new QuizSettings(QuizSettings.Review.SCORE, false, 2));
        assertThat(source.document()).isEqualTo(SEED);
    }

    @Test
    void shouldRefuseABrokenFrontMatterAtItsLine() {
        assertThatThrownBy(() -> read("---\nid: exam-1\ncolour: blue\n---\n" + Seed.TEXT))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations())
                        .containsExactly(new SourceViolation("line 3", "unknown front matter key 'colour' (id, review, anonymous, maxAttempts, owners,"
                                + " timeLimitSeconds, graceSeconds, shuffleQuestions, shuffleChoices, openAt, closeAt, pool, gradingMethod)")));
        assertThatThrownBy(() -> read("---\nanonymous: true\nmaxAttempts: 2\n---\n" + Seed.TEXT))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations())
                        .containsExactly(new SourceViolation("line 3", "maxAttempts needs anonymous set to false: only signed-in learners can be counted")));
        assertThatThrownBy(() -> read("---\nanonymous: false\nmaxAttempts: 2147483648\n---\n" + Seed.TEXT))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations())
                        .containsExactly(new SourceViolation("line 3", "maxAttempts is a whole number from 1 to 2147483647 (leave it out for unlimited attempts)")));
    }

    @Test
    void shouldReadTheLargestLimitThatJsonCanState() {
        QuizSource source = SourceFormat.NATIVE.read("---\nanonymous: false\nmaxAttempts: 2147483647\n---\n" + Seed.TEXT);
        assertThat(source.settings().maxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(SourceFormat.NATIVE.read(NativeWriter.write(SourceFormat.JSON.read(JsonWriter.write(source)))))
                .isEqualTo(source);
    }

    @Test
    void shouldWriteTheSeedAsItsOwnCanonicalDocument() {
        QuizSource seed = new QuizSource("chapter-20", QuizSettings.SELF_STUDY, SEED);
        String written = NativeWriter.write(seed);
        assertThat(SourceFormat.NATIVE.read(written)).isEqualTo(seed);
        assertThat(NativeWriter.write(SourceFormat.NATIVE.read(written))).isEqualTo(written);
        assertThat(written).contains(Seed.QUESTIONS.get(0).text()).contains("| 0-7 | Needs Review | Start with");
    }

    @Test
    void shouldAcceptWindowsLineEndings() {
        assertThat(read(Seed.TEXT.replace("\n", "\r\n"))).isEqualTo(SEED);
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("no header", Seed.TEXT.replace("Chapter 20: Quiz", "Chapter twenty"), 1,
                        "expected the header 'Chapter N: Quiz'"),
                Arguments.of("question without an answer line", remove(Seed.TEXT, 16), 17,
                        "question 1 has no answer line"),
                Arguments.of("answer letter that is not a choice",
                        Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **E) `httpx`**"), 16,
                        "the answer E is not one of its choices A, B, C, D"),
                Arguments.of("answer line without bold answer",
                        Seed.TEXT.replace("Answer **C) `httpx`**", "Answer C) `httpx`"), 16,
                        "the answer line must read"),
                Arguments.of("questions out of order", Seed.TEXT.replace("Question 2\n", "Question 3\n"), 18,
                        "expected question 2 but found question 3"),
                Arguments.of("a question missing", Seed.TEXT.replace("Question 25\n", "Question 26\n"), 248,
                        "expected question 25 but found question 26"),
                Arguments.of("empty question text", Seed.TEXT.replace(
                        "Which Python HTTP library supports both synchronous and asynchronous requests natively?", " "),
                        8, "question 1's text is empty"),
                Arguments.of("a gap between bands", Seed.TEXT.replace("13-17 Developing", "14-17 Developing"), 263,
                        "gap: no level covers score 13"),
                Arguments.of("overlapping bands", Seed.TEXT.replace("18-22 Proficient", "17-22 Proficient"), 262,
                        "overlaps another band"),
                Arguments.of("bands short of the maximum", Seed.TEXT.replace("23-25 Expert", "23-24 Expert"), 261,
                        "must end at the maximum score 25"),
                Arguments.of("bands beyond the maximum", Seed.TEXT.replace("23-25 Expert", "23-26 Expert"), 261,
                        "must end at the maximum score 25"),
                Arguments.of("bands not starting at zero", Seed.TEXT.replace("0-7 Needs", "1-7 Needs"), 265,
                        "no level covers score 0"),
                Arguments.of("band running backwards", Seed.TEXT.replace("8-12 Beginning", "12-8 Beginning"), 264,
                        "runs backwards"),
                Arguments.of("duplicate choice key", Seed.TEXT.replace("  • B) urllib3", "  • A) urllib3"), 13,
                        "has the key 'A' but should have B"),
                Arguments.of("one choice only", remove(remove(remove(Seed.TEXT, 15), 14), 13), 12,
                        "a question has 2 to 26"),
                Arguments.of("level and recommendation indistinguishable",
                        Seed.TEXT.replace("23-25 Expert You have a strong grasp of API integration patterns. Proceed to advanced exercises.",
                                "23-25 Expert"), 261, "cannot tell the level from the recommendation"),
                Arguments.of("empty document", "", 1, "expected the header"),
                Arguments.of("stray text after the guide", Seed.TEXT + "\nSee you next chapter!", 266,
                        "expected a row"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void shouldRefuseBrokenDocumentsWithTheLine(String name, String document, int line, String problem) {
        assertThatThrownBy(() -> read(document))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.message()).contains(problem);
                            assertThat(v.place()).isEqualTo("line " + line);
                        }));
    }

    private static QuizDocument read(String text) {
        return SourceFormat.NATIVE.read(text).document();
    }

    /** The document without its 1-based line {@code line}. */
    private static String remove(String text, int line) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(line - 1);
        return String.join("\n", lines);
    }
}
