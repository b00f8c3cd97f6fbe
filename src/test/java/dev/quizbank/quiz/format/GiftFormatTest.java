package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocument.Choice;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.support.Seed;

class GiftFormatTest {

    private static final QuizSource SEED = SourceFormat.NATIVE.read(Seed.TEXT);

    /** A header, a valid question at line 4 and a blank line: a question after it starts at line 6. */
    private static final String PREFIX = """
            // Refusals
            $CATEGORY: $course$/top/Refusals

            ::Good:: Fine? {=yes ~no ####Because.}

            """;

    private static final String MOODLE_STYLE = """
            // Written by hand in the style of a Moodle export
            // question: 0  name: Switch category to $course$/top/Default for Web/HTTP//REST basics
            $CATEGORY: $course$/top/Default for Web/HTTP//REST basics

            // question: 12  name: Status codes
            ::Status codes::[html]Which status code means *Not Found*?{
            \t~200 # OK means success
            \t=404 # Right\\: the resource does not exist
            \t~500#server error
            \t####Codes in the 4xx range are client errors \\{ see RFC 9110 \\}.
            }

            ::Verbs:: Which verb is idempotent? {=PUT ~POST # not idempotent ~PATCH ####PUT replaces the resource\\: repeating it changes nothing.}

            // no name; the text runs over two lines
            [markdown]First line of the question
            and its second line with `code \\{x\\}` and C\\:\\\\path\\\\n?
            {
                ~wrong one   # feedback
                // a comment inside the answers
                =right one
                ~ another wrong
                #### General\\nfeedback on two lines.
            }
            """;

    @Test
    void shouldReadTheSeedBackFromGift() {
        String gift = GiftWriter.write(SEED);
        ParsedSource parsed = GiftReader.read(gift);

        assertThat(parsed.problems()).isEmpty();
        assertThat(QuizRules.check(parsed)).isEmpty();
        QuizDocument document = parsed.draft().document();
        assertThat(document.title()).isEqualTo(SEED.document().title());
        assertThat(document.questions()).hasSize(25);
        for (int i = 0; i < 25; i++) {
            Question.Single read = (Question.Single) document.questions().get(i);
            Seed.SeedQuestion source = Seed.QUESTIONS.get(i);
            assertThat(read.number()).isEqualTo(source.number());
            assertThat(read.text()).isEqualTo(source.text());
            assertThat(read.choices()).extracting(Choice::key).containsExactlyElementsOf(source.choiceKeys());
            assertThat(read.choices()).extracting(Choice::text).containsExactlyElementsOf(source.choiceTexts());
            assertThat(read.correctChoice()).isEqualTo(source.correct());
            assertThat(read.explanation()).isEqualTo(source.explanation());
        }
        assertThat(document.questions()).isEqualTo(SEED.document().questions());
    }

    @Test
    void shouldDraftTheQuizWithoutWhatGiftCannotSay() {
        QuizSource draft = GiftReader.read(GiftWriter.write(SEED)).draft();

        assertThat(draft.id()).isNull();
        assertThat(draft.settings()).as("GIFT states no settings").isNull();
        assertThat(draft.document().chapter()).isZero();
        assertThat(draft.document().description()).isEmpty();
        assertThat(draft.document().scoringGuide()).isEmpty();
    }

    @Test
    void shouldWriteEveryTextEscapedOnOneLine() {
        QuizSource quiz = new QuizSource("http-basics", QuizSettings.SELF_STUDY, new QuizDocument(0, "HTTP/REST: basics", "",
                List.of(new Question.Single(1, "What does `{}` mean in *JSON*?\n\nPick one.",
                        List.of(new Choice("A", "an empty object"), new Choice("B", "an empty array"),
                                new Choice("C", "[html] nothing"), new Choice("D", "%50% of a thing")),
                        "A", "`{}` is an object; `[]` is an array.\n\nSee RFC 8259 #4 = \\ ~ :")),
                List.of()));

        String gift = GiftWriter.write(quiz);

        assertThat(gift).isEqualTo("""
                // Quizbank quiz http-basics: HTTP/REST: basics
                $CATEGORY: $course$/top/HTTP//REST: basics

                ::Q1:: [markdown]What does `\\{\\}` mean in *JSON*?\\n\\nPick one.{
                \t=an empty object
                \t~an empty array
                \t~[markdown][html] nothing
                \t~[markdown]%50% of a thing
                \t####`\\{\\}` is an object; `[]` is an array.\\n\\nSee RFC 8259 \\#4 \\= \\\\ \\~ \\:
                }
                """);
        assertThat(GiftReader.read(gift).draft().document()).isEqualTo(quiz.document());
    }

    @Test
    void shouldReadAMoodleStyleFile() {
        ParsedSource parsed = GiftReader.read(MOODLE_STYLE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(QuizRules.check(parsed)).isEmpty();
        QuizDocument document = parsed.draft().document();
        assertThat(document.title()).isEqualTo("HTTP/REST basics");
        assertThat(document.questions()).containsExactly(
                new Question.Single(1, "Which status code means *Not Found*?",
                        List.of(new Choice("A", "200", null, "OK means success"),
                                new Choice("B", "404", null, "Right: the resource does not exist"),
                                new Choice("C", "500", null, "server error")), "B",
                        "Codes in the 4xx range are client errors { see RFC 9110 }."),
                new Question.Single(2, "Which verb is idempotent?",
                        List.of(new Choice("A", "PUT"), new Choice("B", "POST", null, "not idempotent"), new Choice("C", "PATCH")), "A",
                        "PUT replaces the resource: repeating it changes nothing."),
                new Question.Single(3, "First line of the question\nand its second line with `code {x}` and C:\\path\\n?",
                        List.of(new Choice("A", "wrong one", null, "feedback"), new Choice("B", "right one"), new Choice("C", "another wrong")),
                        "B", "General\nfeedback on two lines."));
    }

    @Test
    void shouldPlaceEveryPartAtItsLine() {
        Places places = GiftReader.read(MOODLE_STYLE).places();

        assertThat(places.of("title")).isEqualTo("line 3");
        assertThat(places.of("questions[0]")).isEqualTo("line 6");
        assertThat(places.of("questions[0].text")).isEqualTo("line 6");
        assertThat(places.of("questions[0].choices")).isEqualTo("line 6");
        assertThat(places.of("questions[0].choices[0]")).isEqualTo("line 7");
        assertThat(places.of("questions[0].choices[2]")).isEqualTo("line 9");
        assertThat(places.of("questions[0].answer")).isEqualTo("line 8");
        assertThat(places.of("questions[0].explanation")).isEqualTo("line 10");
        assertThat(places.of("questions[1].choices[2]")).isEqualTo("line 13");
        assertThat(places.of("questions[2]")).isEqualTo("line 16");
        assertThat(places.of("questions[2].choices")).isEqualTo("line 18");
        assertThat(places.of("questions[2].choices[1]")).isEqualTo("line 21");
        assertThat(places.of("questions[2].answer")).isEqualTo("line 21");
        assertThat(places.of("questions[2].choices[2]")).isEqualTo("line 22");
        assertThat(places.of("questions[2].explanation")).isEqualTo("line 23");
    }

    @Test
    void shouldReadWindowsLineEndingsAndAByteOrderMark() {
        ParsedSource parsed = GiftReader.read("\uFEFF" + MOODLE_STYLE.replace("\n", "\r\n"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().document()).isEqualTo(GiftReader.read(MOODLE_STYLE).draft().document());
    }

    @Test
    void shouldTakeTheTitleFromTheLastCategory() {
        ParsedSource parsed = GiftReader.read("""
                $CATEGORY: $course$/top/First

                $CATEGORY: $course$/top/ //Slashes// and a\\\\backslash//

                ::Q:: Fine? {=yes ~no ####Because.}
                """);

        assertThat(parsed.draft().document().title()).isEqualTo("/Slashes/ and a\\backslash/");
        assertThat(parsed.places().of("title")).isEqualTo("line 3");
    }

    @Test
    void shouldLeaveTheRulesToReportWhatTheDraftLacks() {
        ParsedSource parsed = GiftReader.read("""
                // no category, so no title

                ::Q1:: An empty choice? {~a = ####Because.}

                ::Q2:: Fine over lines? {
                ~a
                =a
                ####Because.
                }

                ::Q3:: No explanation? {=a ~b}

                {=a ~b ####No text.}
                """);

        SourceViolation noCategory = new SourceViolation("line 1",
                "GIFT gives a quiz its title in a '$CATEGORY: $course$/top/<title>' line, with a blank line after it");
        assertThat(parsed.problems()).containsExactly(noCategory);
        assertThat(parsed.draft().document().title()).isNull();
        assertThat(parsed.draft().document().questions()).extracting(Question::number).containsExactly(1, 2, 3, 4);
        assertThat(QuizRules.check(parsed)).containsExactly(
                noCategory,
                new SourceViolation("line 1", "the title is empty"),
                new SourceViolation("line 3", "question 1's choice B) is empty"),
                new SourceViolation("line 11", "question 3's explanation is empty"),
                new SourceViolation("line 13", "question 4's text is empty"));
    }

    static Stream<Arguments> refusedTypes() {
        return Stream.of(
                Arguments.of("essay", "::Essay:: Write about HTTP. {}", 6, "an essay question ({}) 'Essay'"),
                Arguments.of("essay with general feedback", "Write about HTTP. {####Any answer is fine.}", 6, "an essay question"),
                Arguments.of("numerical with feedback for any other number", "When was HTTP/1.1 published? {#1997:2 ~Wrong.}", 6,
                        "a numerical question with feedback for any other number"),
                Arguments.of("a weight in a single-answer question", "Which is safe? {=GET ~%50%HEAD ~%-100%POST}", 6,
                        "a single-answer question with partial credit"),
                Arguments.of("two right answers", "Which are safe? {=GET =HEAD ~POST}", 6,
                        "a single-answer question with more than one '=' answer"),
                Arguments.of("missing word", "Grant is {~buried =entombed ~living} in Grant's tomb.", 6,
                        "a missing-word question"),
                Arguments.of("no braces", "::Intro:: Just a description.", 6, "a description"),
                Arguments.of("no closing brace", "Broken {=a ~b", 6, "a '{' but no '}'"),
                Arguments.of("no opening brace", "Broken =a ~b}", 6, "a '}' before any '{'"),
                Arguments.of("after a comment line", "// a comment\n::Essay:: Why is HTTP stateless? {}", 7, "an essay question"),
                Arguments.of("a category with more lines", "$CATEGORY: $course$/top/Other\n::Q:: Fine? {=a ~b ####c}", 7,
                        "a $CATEGORY line stands alone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTypes")
    void shouldRefuseOtherQuestionTypesAtTheirLine(String name, String question, int line, String problem) {
        ParsedSource parsed = GiftReader.read(PREFIX + question + "\n");

        assertThat(parsed.problems()).singleElement().satisfies(violation -> {
            assertThat(violation.place()).isEqualTo("line " + line);
            assertThat(violation.message()).contains(problem);
        });
        assertThat(parsed.draft().document().questions()).extracting(Question::text).containsExactly("Fine?");
    }

    @Test
    void shouldReportEveryBrokenQuestionAndReadTheRest() {
        ParsedSource parsed = GiftReader.read("""
                $CATEGORY: $course$/top/Mixed

                ::One:: First? {=a ~b ####c}

                ::Pi:: Pi? {#3.14 ~Not quite.}

                ::Two::
                Second?
                {
                =a
                ~b
                ####c
                }

                ::Partial:: Who? {=Tim ~%50%Timothy}

                ::Essay:: Why? {}

                Grant is {~buried =entombed} in the tomb.
                // the missing-word question above has no name

                ::Three:: Third? {~a =b ####c}
                """);

        assertThat(parsed.problems()).extracting(SourceViolation::place).containsExactly("line 5", "line 15", "line 17", "line 19");
        assertThat(parsed.problems()).extracting(SourceViolation::message).satisfiesExactly(
                m -> assertThat(m).startsWith("cannot import question 'Pi': a numerical question with feedback for any other number"),
                m -> assertThat(m).startsWith("cannot import a single-answer question with partial credit").contains("'Partial'"),
                m -> assertThat(m).startsWith("cannot import an essay question").contains("'Essay'"),
                m -> assertThat(m).startsWith("cannot import a missing-word question"));
        assertThat(parsed.draft().document().questions()).extracting(Question::number, Question::text)
                .containsExactly(tuple(1, "First?"), tuple(2, "Second?"), tuple(3, "Third?"));
        assertThat(parsed.places().of("questions[1]")).isEqualTo("line 7");
        assertThat(parsed.places().of("questions[2]")).isEqualTo("line 22");
        assertThat(QuizRules.check(parsed)).isEqualTo(parsed.problems());
    }

    @Test
    void shouldReadAnEmptyFileAsADraftWithoutQuestions() {
        ParsedSource parsed = GiftReader.read("");

        assertThat(parsed.problems()).extracting(SourceViolation::message).singleElement().asString().startsWith("GIFT gives a quiz its title");
        assertThat(parsed.draft().document().questions()).isEmpty();
        assertThat(QuizRules.check(parsed)).extracting(SourceViolation::place).containsOnly("line 1");
    }
}
