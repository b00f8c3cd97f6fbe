package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.Seed;

/**
 * Documents built to exhaust the reader (found by a hostile probe: each ran a 128 MB heap out of
 * memory): reading stops at a size limit or at the hundredth problem, whatever the rest holds.
 */
class SourceLimitsTest {

    private static final String GIFT_TITLE = "$CATEGORY: $course$/top/Flood\n\n";

    @Test
    void shouldStopAJsonQuizAtItsFiveHundredAndFirstQuestion() {
        String flood = "{\"title\": \"Flood\", \"questions\": [" + "{},".repeat(99_999) + "{}]}";

        InvalidSourceException refused = refused(SourceFormat.JSON, flood);

        assertThat(refused.violations()).containsExactly(new SourceViolation("questions",
                "a quiz has 1 to 500 questions, this one more"));
        assertThat(refused.truncated()).isFalse();
    }

    @Test
    void shouldStopAJsonQuestionAtItsTwentySeventhChoice() {
        String flood = "{\"title\": \"Flood\", \"questions\": [{\"choices\": [" + "{},".repeat(999) + "{}]}]}";

        assertThat(refused(SourceFormat.JSON, flood).violations()).containsExactly(new SourceViolation("questions[0].choices",
                "a question has 2 to 26 choices, this one more"));
    }

    @Test
    void shouldStopAJsonObjectWithMoreFieldsThanAQuizHas() {
        StringBuilder fields = new StringBuilder("{\"title\": \"Flood\"");
        for (int i = 0; i < 50_000; i++) {
            fields.append(", \"f").append(i).append("\": 0");
        }
        assertThat(refused(SourceFormat.JSON, fields + "}").violations()).singleElement()
                .isEqualTo(new SourceViolation("$", "more than 32 fields: no object of a quiz has so many"));
    }

    @Test
    void shouldKeepTheFirstHundredProblemsOfAJsonQuizAndSayThereWereMore() {
        String broken = "{\"title\": \"Broken\", \"questions\": [" + "{},".repeat(499) + "{}]}";

        InvalidSourceException refused = refused(SourceFormat.JSON, broken);

        assertThat(refused.violations()).hasSize(SourceViolations.LIMIT);
        assertThat(refused.violations().getFirst()).isEqualTo(new SourceViolation("questions[0].number", "number is missing"));
        assertThat(refused.truncated()).isTrue();
    }

    @Test
    void shouldKeepTheFirstHundredOfAQuarterMillionEmptyGiftBlocks() {
        InvalidSourceException refused = refused(SourceFormat.GIFT, GIFT_TITLE + "{}\n\n".repeat(250_000));

        assertThat(refused.violations()).hasSize(SourceViolations.LIMIT)
                .allSatisfy(violation -> assertThat(violation.message()).startsWith("cannot import an essay question"));
        assertThat(refused.violations().getLast().place()).isEqualTo("line " + (3 + 2 * 99));
        assertThat(refused.truncated()).isTrue();
    }

    @Test
    void shouldStopAGiftQuestionOfAMillionChoicesAtItsTwentySeventh() {
        InvalidSourceException refused = refused(SourceFormat.GIFT, GIFT_TITLE + "Q {=a " + "~".repeat(1_000_000) + "}\n");

        assertThat(refused.violations()).containsExactly(new SourceViolation("line 3", "a question has 2 to 26 choices, this one more"));
    }

    @Test
    void shouldStopAGiftQuizAtItsFiveHundredAndFirstQuestion() {
        String questions = "Q {=a ~b}\n\n".repeat(501);

        assertThat(refused(SourceFormat.GIFT, GIFT_TITLE + questions).violations()).containsExactly(
                new SourceViolation("line " + (3 + 2 * 500), "a quiz has 1 to 500 questions, this one more"));
    }

    @Test
    void shouldStopANativeQuizAtItsFiveHundredAndFirstQuestion() {
        StringBuilder document = new StringBuilder("Chapter 1: Quiz\n\nFlood\n\n");
        for (int n = 1; n <= 501; n++) {
            document.append("Question ").append(n).append("\n\nText\n\n• A) a\n• B) b\nAnswer **A) a** Because.\n\n");
        }
        int line = 5 + 8 * 500;

        assertThat(refused(SourceFormat.NATIVE, document.toString()).violations()).containsExactly(
                new SourceViolation("line " + line, "a quiz has 1 to 500 questions, this one more"));
    }

    @Test
    void shouldStopANativeQuestionAtItsTwentySeventhChoice() {
        String document = "Chapter 1: Quiz\n\nFlood\n\nQuestion 1\n\nText\n\n" + "• A) a\n".repeat(100_000) + "Answer **A) a** Because.\n";

        assertThat(refused(SourceFormat.NATIVE, document).violations()).containsExactly(
                new SourceViolation("line " + (9 + 26), "question 1 has more than 26 choices; a question has 2 to 26"));
    }

    @Test
    void shouldEchoNoMoreThanTheStartOfAMegabyteFrontMatterKey() {
        String document = "---\n" + "k".repeat(1_000_000) + ": 1\n---\n\n" + Seed.TEXT;

        SourceViolation violation = refused(SourceFormat.NATIVE, document).violations().getFirst();

        assertThat(violation.message()).isEqualTo("unknown front matter key '" + "k".repeat(60)
                + "…' (id, review, anonymous, maxAttempts, owners, timeLimitSeconds, graceSeconds, shuffleQuestions, shuffleChoices,"
                + " openAt, closeAt, pool, gradingMethod)");
    }

    @Test
    void shouldRefuseBidiControlsInAnyTextAndInvisibleCharactersInOneLineTexts() {
        String trojan = Seed.TEXT.replace("Working with External APIs and Integrations", "Working with \u202Eexternal APIs")
                .replace("`requests` internally.", "`requests` \u2067internally\u2069.")
                .replace("  • B) urllib3", "  • B) url\u200Blib3");

        List<SourceViolation> violations = refused(SourceFormat.NATIVE, trojan).violations();

        assertThat(violations).extracting(SourceViolation::message).containsExactly(
                "the title holds U+202E, an invisible formatting character: a one-line text may not hold one, so that it reads as it shows",
                "question 1's choice B) holds U+200B, an invisible formatting character: a one-line text may not hold one,"
                        + " so that it reads as it shows",
                "question 1's explanation holds U+2067, a bidirectional embedding, override or isolate, which could make the"
                        + " text read otherwise than it shows");
    }

    @Test
    void shouldKeepTheJoinersAndMarksThatScriptsAndEmojiNeed() {
        String joined = Seed.TEXT.replace("Working with External APIs and Integrations", "APIs \uD83D\uDC69\u200D\uD83D\uDCBB \u200Fوالتكامل\u200F")
                .replace("`requests` internally.", "`requests`\u200B internally\u00AD.");

        QuizSource read = SourceFormat.NATIVE.read(joined);

        assertThat(read.document().title()).isEqualTo("APIs \uD83D\uDC69\u200D\uD83D\uDCBB \u200Fوالتكامل\u200F");
        assertThat(read.document().questions().getFirst().explanation()).endsWith("`requests`\u200B internally\u00AD.");
    }

    @Test
    void shouldJudgeACharacterReferenceAsTheCharacterItStandsFor() {
        String referenced = Seed.TEXT.replace("Working with External APIs and Integrations", "Working with &ZeroWidthSpace;APIs")
                .replace("  • B) urllib3", "  • B) url&shy;lib3 &amp; more")
                .replace("`requests` internally.", "`requests` &#x202E;internally&#8236;.");

        List<SourceViolation> violations = refused(SourceFormat.NATIVE, referenced).violations();

        assertThat(violations).extracting(SourceViolation::message).satisfiesExactly(
                title -> assertThat(title).startsWith("the title holds U+200B"),
                choice -> assertThat(choice).startsWith("question 1's choice B) holds U+00AD"),
                explanation -> assertThat(explanation).startsWith("question 1's explanation holds U+202E"));
    }

    @Test
    void shouldAllowTagCharactersOnlyWhereTheySpellAnEmojiFlag() {
        String england = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        String flagged = Seed.TEXT.replace("Working with External APIs and Integrations", "APIs of " + england);
        assertThat(SourceFormat.NATIVE.read(flagged).document().title()).isEqualTo("APIs of " + england);

        String smuggled = Seed.TEXT.replace("Working with External APIs and Integrations", "APIs\uDB40\uDC41\uDB40\uDC42");
        assertThat(refused(SourceFormat.NATIVE, smuggled).violations()).extracting(SourceViolation::message)
                .singleElement().asString().startsWith("the title holds U+E0041");
    }

    private static InvalidSourceException refused(SourceFormat format, String source) {
        InvalidSourceException refused = catchThrowableOfType(InvalidSourceException.class, () -> format.read(source));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
