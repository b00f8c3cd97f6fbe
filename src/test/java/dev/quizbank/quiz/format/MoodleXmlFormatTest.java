package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.ExportQuizzes.child;
import static dev.quizbank.quiz.format.ExportQuizzes.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
