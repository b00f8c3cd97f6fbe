package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.ExportQuizzes.child;
import static dev.quizbank.quiz.format.ExportQuizzes.children;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

class QtiPackageTest {

    private static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";

    @Test
    void shouldPackTheManifestTheTestAndOneItemPerQuestionInOrder() {
        Map<String, byte[]> entries = unzip(QtiPackage.write(ExportQuizzes.seed()));
        List<String> expected = new ArrayList<>(List.of("imsmanifest.xml", "assessment.xml"));
        for (int i = 1; i <= 25; i++) {
            expected.add(String.format("items/q%03d.xml", i));
        }
        assertThat(entries.keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldWriteTheSameBytesEveryTimeWithFixedEntryTimes() throws IOException {
        byte[] zip = QtiPackage.write(ExportQuizzes.seed());
        assertThat(QtiPackage.write(ExportQuizzes.seed())).isEqualTo(zip);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getTimeLocal()).isEqualTo(QtiPackage.ENTRY_TIME);
                assertThat(entry.getExtra()).isNull();
            }
        }
    }

    @Test
    void shouldCarryTheSeedQuizVerbatim() {
        assertReadsBackAs(QtiPackage.write(ExportQuizzes.seed()), ExportQuizzes.seed());
    }

    @Test
    void shouldCarryNastyCharactersVerbatim() {
        assertReadsBackAs(QtiPackage.write(ExportQuizzes.nasty()), ExportQuizzes.nasty());
    }

    @Property(tries = 200)
    void shouldCarryGeneratedQuizzesVerbatim(@ForAll("quizzes") QuizSource quiz) {
        assertReadsBackAs(QtiPackage.write(quiz), quiz);
    }

    @Provide
    Arbitrary<QuizSource> quizzes() {
        return ExportQuizzes.generated();
    }

    @Test
    void shouldDeclareAChoiceItemScoredByMatchCorrectWithTheExplanationAsGeneralFeedback() {
        Map<String, byte[]> entries = unzip(QtiPackage.write(ExportQuizzes.seed()));
        Element item = ExportQuizzes.parse(entries.get("items/q001.xml")).getDocumentElement();
        assertThat(item.getAttribute("identifier")).isEqualTo("q001");
        assertThat(item.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
                .isEqualTo(ASI + " https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd");

        Element response = child(item, "qti-response-declaration");
        assertThat(List.of(response.getAttribute("identifier"), response.getAttribute("cardinality"), response.getAttribute("base-type")))
                .containsExactly("RESPONSE", "single", "identifier");
        Element score = children(item, "qti-outcome-declaration").get(0);
        assertThat(score.getAttribute("identifier")).isEqualTo("SCORE");
        assertThat(score.getAttribute("base-type")).isEqualTo("float");

        Element interaction = child(child(item, "qti-item-body"), "qti-choice-interaction");
        assertThat(interaction.getAttribute("max-choices")).isEqualTo("1");
        assertThat(interaction.getAttribute("response-identifier")).isEqualTo("RESPONSE");
        assertThat(children(interaction, "qti-simple-choice")).extracting(choice -> choice.getAttribute("identifier"))
                .containsExactly("A", "B", "C", "D");

        assertThat(child(item, "qti-response-processing").getAttribute("template"))
                .isEqualTo("https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml");
        Element feedback = child(item, "qti-modal-feedback");
        assertThat(List.of(feedback.getAttribute("outcome-identifier"), feedback.getAttribute("show-hide")))
                .containsExactly("FEEDBACK", "hide");
        assertThat(children(item)).extracting(Element::getLocalName).containsExactly("qti-response-declaration",
                "qti-outcome-declaration", "qti-outcome-declaration", "qti-item-body", "qti-response-processing", "qti-modal-feedback");
    }

    private static void assertReadsBackAs(byte[] zip, QuizSource source) {
        QuizDocument document = source.document();
        Map<String, byte[]> entries = unzip(zip);

        Element manifest = ExportQuizzes.parse(entries.get(QtiPackage.MANIFEST)).getDocumentElement();
        assertThat(manifest.getNamespaceURI()).isEqualTo(CP);
        assertThat(manifest.getLocalName()).isEqualTo("manifest");
        List<Element> resources = children(child(manifest, "resources"), "resource");
        assertThat(resources).hasSize(document.questions().size() + 1);
        assertThat(resources.get(0).getAttribute("type")).isEqualTo("imsqti_test_xmlv3p0");
        for (Element resource : resources) {
            assertThat(entries).containsKey(resource.getAttribute("href"));
            assertThat(child(resource, "file").getAttribute("href")).isEqualTo(resource.getAttribute("href"));
        }

        Element test = ExportQuizzes.parse(entries.get(resources.get(0).getAttribute("href"))).getDocumentElement();
        assertThat(test.getNamespaceURI()).isEqualTo(ASI);
        assertThat(test.getLocalName()).isEqualTo("qti-assessment-test");
        assertThat(test.getAttribute("title")).isEqualTo(document.title().replace('\t', ' '));
        List<Element> refs = children(child(child(test, "qti-test-part"), "qti-assessment-section"), "qti-assessment-item-ref");
        assertThat(refs).hasSize(document.questions().size());

        for (int i = 0; i < document.questions().size(); i++) {
            Question.Single expected = (Question.Single) document.questions().get(i);
            Element ref = refs.get(i);
            assertThat(resources.get(i + 1).getAttribute("href")).isEqualTo(ref.getAttribute("href"));
            Element item = ExportQuizzes.parse(entries.get(ref.getAttribute("href"))).getDocumentElement();
            assertThat(item.getNamespaceURI()).isEqualTo(ASI);
            assertThat(item.getLocalName()).isEqualTo("qti-assessment-item");
            assertThat(item.getAttribute("identifier")).isEqualTo(ref.getAttribute("identifier"));
            Element correct = child(child(child(item, "qti-response-declaration"), "qti-correct-response"), "qti-value");
            assertThat(correct.getTextContent()).isEqualTo(expected.correctChoice());
            Element interaction = child(child(item, "qti-item-body"), "qti-choice-interaction");
            assertThat(child(interaction, "qti-prompt").getTextContent()).isEqualTo(expected.text());
            List<Element> choices = children(interaction, "qti-simple-choice");
            assertThat(choices).extracting(choice -> choice.getAttribute("identifier"))
                    .containsExactlyElementsOf(expected.choices().stream().map(QuizDocument.Choice::key).toList());
            assertThat(choices).extracting(Element::getTextContent)
                    .containsExactlyElementsOf(expected.choices().stream().map(QuizDocument.Choice::text).toList());
            assertThat(child(child(item, "qti-modal-feedback"), "qti-content-body").getTextContent()).isEqualTo(expected.explanation());
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
