package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.ExportQuizzes.child;
import static dev.quizbank.quiz.format.ExportQuizzes.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

class MoodleXmlFormatTest {

    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            URL xsd = MoodleXmlFormatTest.class.getResource("/moodle-xml/quiz.xsd");
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldWriteTheSeedQuizValidAndVerbatim() {
        QuizSource seed = ExportQuizzes.seed();
        String xml = MoodleXmlWriter.write(seed);
        assertValid(xml);
        assertReadsBackAs(xml, seed);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n  <question type=\"category\">\n");
    }

    @Test
    void shouldWriteNastyCharactersValidAndVerbatim() {
        QuizSource nasty = ExportQuizzes.nasty();
        String xml = MoodleXmlWriter.write(nasty);
        assertValid(xml);
        assertReadsBackAs(xml, nasty);
        assertThat(xml).contains("]]&gt;").doesNotContain("<![CDATA[");
    }

    @Property(tries = 300)
    void shouldWriteGeneratedQuizzesValidAndVerbatim(@ForAll("quizzes") QuizSource quiz) {
        String xml = MoodleXmlWriter.write(quiz);
        assertValid(xml);
        assertReadsBackAs(xml, quiz);
    }

    @Provide
    Arbitrary<QuizSource> quizzes() {
        return ExportQuizzes.generated();
    }

    @Test
    void shouldWriteTheSameBytesEveryTime() {
        QuizSource seed = ExportQuizzes.seed();
        assertThat(MoodleXmlWriter.write(seed).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(MoodleXmlWriter.write(ExportQuizzes.seed()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldLayOutElementsAsMoodleDoes() {
        QuizDocument document = new QuizDocument(1, "T", "", List.of(new Question.Single(1, "Q & A",
                List.of(new QuizDocument.Choice("A", "yes"), new QuizDocument.Choice("B", "<no>")), "B", "Why\nnot")), List.of());
        assertThat(MoodleXmlWriter.write(new QuizSource(null, QuizSettings.SELF_STUDY, document))).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category">
                    <category>
                      <text>$course$/top/T</text>
                    </category>
                    <info format="markdown">
                      <text></text>
                    </info>
                  </question>
                  <question type="multichoice">
                    <name>
                      <text>Q1</text>
                    </name>
                    <questiontext format="markdown">
                      <text>Q &amp; A</text>
                    </questiontext>
                    <generalfeedback format="markdown">
                      <text>Why
                not</text>
                    </generalfeedback>
                    <defaultgrade>1</defaultgrade>
                    <penalty>0</penalty>
                    <hidden>0</hidden>
                    <single>true</single>
                    <shuffleanswers>false</shuffleanswers>
                    <answernumbering>ABCD</answernumbering>
                    <answer fraction="0" format="markdown">
                      <text>yes</text>
                      <feedback format="markdown">
                        <text></text>
                      </feedback>
                    </answer>
                    <answer fraction="100" format="markdown">
                      <text>&lt;no&gt;</text>
                      <feedback format="markdown">
                        <text></text>
                      </feedback>
                    </answer>
                  </question>
                </quiz>
                """);
    }

    @Test
    void shouldEscapeSlashesInTheCategoryAsMoodleDoes() {
        assertThat(MoodleXmlWriter.categoryPath("APIs / Integrations")).isEqualTo("$course$/top/APIs // Integrations");
        assertThat(MoodleXmlWriter.categoryPath("/root/")).isEqualTo("$course$/top/ //root// ");
    }

    @Test
    void shouldRefuseCharactersXmlCannotCarry() {
        QuizSource nasty = ExportQuizzes.nasty();
        QuizDocument document = nasty.document();
        Question.Single first = (Question.Single) document.questions().get(0);
        QuizDocument broken = new QuizDocument(document.chapter(), document.title(), document.description(),
                List.of(new Question.Single(1, "bell \u0007", first.choices(), first.correctChoice(), first.explanation())),
                List.of());
        assertThatThrownBy(() -> MoodleXmlWriter.write(new QuizSource(null, QuizSettings.SELF_STUDY, broken)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0007");
    }

    @Test
    void shouldCarryCarriageReturnsAsCharacterReferences() {
        QuizDocument document = new QuizDocument(1, "T", "a\r\nb", ExportQuizzes.nasty().document().questions(), List.of());
        String xml = MoodleXmlWriter.write(new QuizSource(null, QuizSettings.SELF_STUDY, document));
        assertThat(xml).contains("a&#13;\nb");
        Element info = child(children(ExportQuizzes.parse(xml).getDocumentElement(), "question").get(0), "info");
        assertThat(child(info, "text").getTextContent()).isEqualTo("a\r\nb");
    }

    @Test
    void shouldWriteEveryTypeMoodleCanGradeValidAndAsTheServiceGrades() {
        List<Question> writable = TypedQuiz.questions().stream().filter(q -> q.number() != 2 && q.number() != 10).toList();
        String xml = MoodleXmlWriter.write(new QuizSource("types", QuizSettings.SELF_STUDY, new QuizDocument(1, "T", "", writable, List.of())));
        assertValid(xml);
        List<Element> questions = children(ExportQuizzes.parse(xml).getDocumentElement(), "question");
        assertThat(questions.get(0).getAttribute("type")).isEqualTo("category");
        assertThat(questions.subList(1, questions.size())).extracting(q -> q.getAttribute("type") + " " + text(child(q, "name")) + " " + child(q, "defaultgrade").getTextContent())
                .containsExactly("multichoice Q1 1", "multichoice Q3 1.5", "multichoice Q4 1", "truefalse Q5 1",
                        "shortanswer Q6 2", "shortanswer Q7 1", "numerical Q8 2.5", "matching Q9 1", "ordering Q11 1", "ordering Q12 2",
                        "ordering Q13 1", "ordering Q14 1");
        Map<String, Element> byName = new java.util.HashMap<>();
        questions.stream().skip(1).forEach(q -> byName.put(text(child(q, "name")), q));

        assertThat(child(byName.get("Q3"), "single").getTextContent()).isEqualTo("false");
        assertThat(answers(byName.get("Q3"))).containsExactly("33.33333 2", "33.33333 3", "33.33333 5", "-33.33333 9", "-33.33333 15");
        assertThat(answers(byName.get("Q4"))).containsExactly("50 HTTP", "50 TCP", "-100 PNG", "25 UDP", "0 JPEG");
        assertThat(answers(byName.get("Q5"))).containsExactly("0 true", "100 false");
        assertThat(text(child(children(byName.get("Q5"), "answer").get(0), "feedback"))).isEqualTo("It is a star.");
        assertThat(child(byName.get("Q6"), "usecase").getTextContent()).isEqualTo("0");
        assertThat(answers(byName.get("Q6"))).containsExactly("100 Paris", "50 Ville de Paris", "25 Par*s", "0 Lyon", "10 a\\*b$c",
                "20 x\\*y*", "10 Café", "20 ville * paris");
        assertThat(child(byName.get("Q7"), "usecase").getTextContent()).isEqualTo("1");
        assertThat(children(byName.get("Q8"), "answer")).extracting(a -> a.getAttribute("fraction") + " " + text(a) + " ± "
                + child(a, "tolerance").getTextContent()).containsExactly("100 3.14 ± 0.01", "50 3.5 ± 0.5", "0 -2 ± 0", "10 0 ± 0");
        assertThat(children(byName.get("Q9"), "subquestion")).extracting(q -> text(q) + " -> " + text(child(q, "answer")))
                .containsExactly("France -> Euro", "Japan -> Yen", "Belgium -> Euro", " -> Dollar");
        assertThat(child(byName.get("Q11"), "gradingtype").getTextContent()).isEqualTo("ALL_OR_NOTHING");
        assertThat(child(byName.get("Q12"), "gradingtype").getTextContent()).isEqualTo("ABSOLUTE_POSITION");
        assertThat(child(byName.get("Q13"), "gradingtype").getTextContent()).isEqualTo("LONGEST_ORDERED_SUBSET");
        assertThat(answers(byName.get("Q12"))).containsExactly("1 one", "2 two", "3 three", "4 four");
    }

    @Test
    void shouldRefuseWhatMoodleCannotGradeAsTheServiceDoesNamingTheQuestion() {
        for (Question question : TypedQuiz.questions().stream().filter(q -> q.number() == 2 || q.number() == 10).toList()) {
            assertThatThrownBy(() -> MoodleXmlWriter.write(quizOf(question))).isInstanceOfSatisfying(NotExportable.class, e -> {
                assertThat(e.question()).isEqualTo(question.number());
                assertThat(e.format()).isEqualTo("Moodle XML");
                assertThat(e.reason()).contains("allOrNothing");
            });
        }
        Question.Multiple offList = new Question.Multiple(4, "?", List.of(new QuizDocument.Choice("A", "a", new BigDecimal("0.35"), ""),
                new QuizDocument.Choice("B", "b", new BigDecimal("0.65"), "")), Set.of("A", "B"), Question.MultipleScoring.weighted, "", BigDecimal.ONE);
        assertThatThrownBy(() -> MoodleXmlWriter.write(quizOf(offList))).isInstanceOfSatisfying(NotExportable.class, e -> {
            assertThat(e.question()).isEqualTo(4);
            assertThat(e.reason()).contains("0.35").contains("grade list");
        });
        Question.Multiple elevenRight = new Question.Multiple(3, "?", java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new QuizDocument.Choice(String.valueOf((char) ('A' + i)), "c" + i)).toList(),
                new java.util.LinkedHashSet<>(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")),
                Question.MultipleScoring.rightMinusWrong, "", BigDecimal.ONE);
        assertThatThrownBy(() -> MoodleXmlWriter.write(quizOf(elevenRight))).isInstanceOfSatisfying(NotExportable.class,
                e -> assertThat(e.reason()).contains("0.0909090909"));
    }

    @Test
    void shouldHoldOnlyTheFractionsOfMoodlesGradeList() {
        assertThat(MoodleGrades.percent(new BigDecimal("0.3333333"))).contains("33.33333");
        assertThat(MoodleGrades.percent(new BigDecimal("0.33333333333"))).contains("33.33333");
        assertThat(MoodleGrades.percent(new BigDecimal("-0.1428571"))).contains("-14.28571");
        assertThat(MoodleGrades.percent(new BigDecimal("0.125"))).contains("12.5");
        assertThat(MoodleGrades.percent(new BigDecimal("-1"))).contains("-100");
        assertThat(MoodleGrades.percent(new BigDecimal("0.3333"))).isEmpty();
        assertThat(MoodleGrades.percent(new BigDecimal("0.333"))).isEmpty();
        assertThat(MoodleGrades.percent(new BigDecimal("0.5000001"))).isEmpty();
        assertThat(MoodleGrades.percent(new BigDecimal("0.15"))).isEmpty();
    }

    private static QuizSource quizOf(Question question) {
        return new QuizSource(null, QuizSettings.SELF_STUDY, new QuizDocument(1, "T", "", List.of(question), List.of()));
    }

    /** Each answer's fraction and text. */
    private static List<String> answers(Element question) {
        return children(question, "answer").stream().map(a -> a.getAttribute("fraction") + " " + text(a)).toList();
    }

    private static void assertValid(String xml) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("invalid against moodle-xml/quiz.xsd: " + e.getMessage() + "\n" + xml, e);
        }
    }

    private static void assertReadsBackAs(String xml, QuizSource source) {
        QuizDocument document = source.document();
        Element quiz = ExportQuizzes.parse(xml).getDocumentElement();
        assertThat(quiz.getTagName()).isEqualTo("quiz");
        List<Element> questions = children(quiz, "question");
        assertThat(questions).hasSize(document.questions().size() + 1);

        Element category = questions.get(0);
        assertThat(category.getAttribute("type")).isEqualTo("category");
        assertThat(text(child(category, "category"))).isEqualTo(MoodleXmlWriter.categoryPath(document.title()));
        assertThat(text(child(category, "info"))).isEqualTo(document.description());

        for (int i = 0; i < document.questions().size(); i++) {
            Question.Single expected = (Question.Single) document.questions().get(i);
            Element question = questions.get(i + 1);
            assertThat(question.getAttribute("type")).isEqualTo("multichoice");
            assertThat(text(child(question, "name"))).isEqualTo("Q" + expected.number());
            assertThat(text(child(question, "questiontext"))).isEqualTo(expected.text());
            assertThat(child(question, "questiontext").getAttribute("format")).isEqualTo("markdown");
            assertThat(text(child(question, "generalfeedback"))).isEqualTo(expected.explanation());
            assertThat(child(question, "single").getTextContent()).isEqualTo("true");
            List<Element> answers = children(question, "answer");
            assertThat(answers).extracting(MoodleXmlFormatTest::text)
                    .containsExactlyElementsOf(expected.choices().stream().map(QuizDocument.Choice::text).toList());
            for (int j = 0; j < answers.size(); j++) {
                boolean correct = expected.choices().get(j).key().equals(expected.correctChoice());
                assertThat(answers.get(j).getAttribute("fraction")).isEqualTo(correct ? "100" : "0");
            }
        }
    }

    private static String text(Element parent) {
        return child(parent, "text").getTextContent();
    }
}
