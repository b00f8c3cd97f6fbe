package dev.quizbank.quiz.format;

import static dev.quizbank.quiz.format.ExportQuizzes.child;
import static dev.quizbank.quiz.format.ExportQuizzes.children;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        Element maxScore = children(item, "qti-outcome-declaration").get(1);
        assertThat(maxScore.getAttribute("identifier")).isEqualTo("MAXSCORE");
        assertThat(child(child(maxScore, "qti-default-value"), "qti-value").getTextContent()).isEqualTo("1");
        assertThat(children(item)).extracting(Element::getLocalName).containsExactly("qti-response-declaration",
                "qti-outcome-declaration", "qti-outcome-declaration", "qti-outcome-declaration", "qti-item-body",
                "qti-response-processing", "qti-modal-feedback");
    }

    @Test
    void shouldStateTheTimeLimitTheShufflingAndEachPoolsDrawInTheTest() {
        QuizSource quiz = new QuizSource("exam", EverySetting.SETTINGS, ExportQuizzes.seed().document());
        Map<String, byte[]> entries = unzip(QtiPackage.write(quiz));
        Element test = ExportQuizzes.parse(entries.get(QtiPackage.TEST)).getDocumentElement();

        assertThat(children(test)).extracting(Element::getLocalName)
                .containsExactly("qti-outcome-declaration", "qti-time-limits", "qti-test-part", "qti-outcome-processing");
        Element limits = child(test, "qti-time-limits");
        assertThat(List.of(limits.getAttribute("max-time"), limits.getAttribute("allow-late-submission"))).containsExactly("1200", "true");
        Element section = child(child(test, "qti-test-part"), "qti-assessment-section");
        assertThat(child(section, "qti-ordering").getAttribute("shuffle")).isEqualTo("true");
        List<String> parts = children(section).stream().skip(1).map(part -> part.getLocalName().equals("qti-assessment-item-ref")
                ? part.getAttribute("identifier") : part.getAttribute("title")).toList();
        assertThat(parts).containsExactly("easy", "q005", "hard ones", "q007", "q009", "q010", "q011", "q012", "q013", "q014", "q015",
                "q016", "q017", "q018", "q019", "q020", "q021", "q022", "q023", "q024", "q025");
        List<Element> pools = children(section, "qti-assessment-section");
        assertThat(pools).extracting(pool -> pool.getAttribute("visible") + " " + pool.getAttribute("keep-together"))
                .containsOnly("false false");
        assertThat(pools).extracting(pool -> child(pool, "qti-selection").getAttribute("select")).containsExactly("2", "1");
        assertThat(children(pools.get(1), "qti-assessment-item-ref")).extracting(ref -> ref.getAttribute("href"))
                .containsExactly("items/q008.xml", "items/q006.xml");
        assertThat(children(pools.get(0))).extracting(Element::getLocalName).startsWith("qti-selection", "qti-ordering");

        Element interaction = child(child(ExportQuizzes.parse(entries.get("items/q001.xml")).getDocumentElement(), "qti-item-body"),
                "qti-choice-interaction");
        assertThat(interaction.getAttribute("shuffle")).isEqualTo("true");
        assertReadsBackAsPooled(entries, quiz);
    }

    @Test
    void shouldStateNoSettingOfAQuizThatLeavesThemAtTheirDefaults() {
        Map<String, byte[]> entries = unzip(QtiPackage.write(ExportQuizzes.seed()));
        Element test = ExportQuizzes.parse(entries.get(QtiPackage.TEST)).getDocumentElement();

        assertThat(children(test)).extracting(Element::getLocalName)
                .containsExactly("qti-outcome-declaration", "qti-test-part", "qti-outcome-processing");
        assertThat(children(child(child(test, "qti-test-part"), "qti-assessment-section"))).extracting(Element::getLocalName)
                .containsOnly("qti-assessment-item-ref");
        Element item = ExportQuizzes.parse(entries.get("items/q001.xml")).getDocumentElement();
        assertThat(child(child(item, "qti-item-body"), "qti-choice-interaction").getAttribute("shuffle")).isEqualTo("false");
    }

    /** Every question's item is in the test once, in its pool's section or the outer one. */
    private static void assertReadsBackAsPooled(Map<String, byte[]> entries, QuizSource quiz) {
        String test = new String(entries.get(QtiPackage.TEST), StandardCharsets.UTF_8);
        for (Question question : quiz.document().questions()) {
            String href = "href=\"" + QtiPackage.itemPath(QtiPackage.itemIdentifier(question)) + "\"";
            assertThat(test.indexOf(href)).isPositive().isEqualTo(test.lastIndexOf(href));
        }
    }

    @Test
    void shouldDeclareEachTypeWithItsInteractionAndResponseShape() {
        Map<String, byte[]> entries = unzip(QtiPackage.write(TypedQuiz.quiz()));
        List<String> shapes = new ArrayList<>();
        for (Question question : TypedQuiz.questions()) {
            Element item = ExportQuizzes.parse(entries.get(QtiPackage.itemPath(QtiPackage.itemIdentifier(question)))).getDocumentElement();
            Element response = child(item, "qti-response-declaration");
            Element interaction = children(child(item, "qti-item-body")).stream()
                    .filter(element -> element.getLocalName().endsWith("-interaction") || element.getLocalName().equals("p"))
                    .findFirst().orElseThrow();
            String name = interaction.getLocalName().equals("p") ? child(interaction, "qti-text-entry-interaction").getLocalName()
                    : interaction.getLocalName();
            Element processing = child(item, "qti-response-processing");
            String template = processing.getAttribute("template");
            shapes.add(question.number() + " " + name + " " + response.getAttribute("cardinality") + " " + response.getAttribute("base-type")
                    + " " + (template.isEmpty() ? "custom" : template.substring(template.lastIndexOf('/') + 1)));
            Element maxScore = children(item, "qti-outcome-declaration").get(1);
            assertThat(child(child(maxScore, "qti-default-value"), "qti-value").getTextContent()).isEqualTo(question.points().toPlainString());
        }
        assertThat(shapes).containsExactly(
                "1 qti-choice-interaction single identifier match_correct.xml",
                "2 qti-choice-interaction multiple identifier custom",
                "3 qti-choice-interaction multiple identifier custom",
                "4 qti-choice-interaction multiple identifier map_response.xml",
                "5 qti-choice-interaction single identifier match_correct.xml",
                "6 qti-text-entry-interaction single string custom",
                "7 qti-text-entry-interaction single string custom",
                "8 qti-text-entry-interaction single float custom",
                "9 qti-match-interaction multiple directedPair map_response.xml",
                "10 qti-match-interaction multiple directedPair custom",
                "11 qti-order-interaction ordered identifier match_correct.xml",
                "12 qti-order-interaction ordered identifier custom",
                "13 qti-order-interaction ordered identifier custom",
                "14 qti-order-interaction ordered identifier custom");
    }

    @Test
    void shouldMapChoicesAndPairsAsTheGradingTableScoresThem() {
        Map<String, byte[]> entries = unzip(QtiPackage.write(TypedQuiz.quiz()));
        assertThat(mapping(entries, "q003")).containsExactly("0 1 0", "A 0.333333333333", "B 0.333333333333", "C 0.333333333333",
                "D -0.333333333333", "E -0.333333333333");
        assertThat(mapping(entries, "q004")).containsExactly("0 1 0", "A 0.5", "B 0.5", "C -1", "D 0.25", "E 0");
        assertThat(mapping(entries, "q009")).containsExactly("0 1 0", "S1 O1 0.333333333333", "S2 O2 0.333333333333",
                "S3 O1 0.333333333333");
        Element matching = ExportQuizzes.parse(entries.get("items/q009.xml")).getDocumentElement();
        List<Element> sets = children(child(child(matching, "qti-item-body"), "qti-match-interaction"), "qti-simple-match-set");
        assertThat(children(sets.get(0), "qti-simple-associable-choice")).extracting(e -> e.getAttribute("identifier") + " "
                + e.getAttribute("match-max") + " " + e.getTextContent()).containsExactly("S1 1 France", "S2 1 Japan", "S3 1 Belgium");
        assertThat(children(sets.get(1), "qti-simple-associable-choice")).extracting(e -> e.getAttribute("identifier") + " "
                + e.getAttribute("match-max") + " " + e.getTextContent()).containsExactly("O1 0 Euro", "O2 0 Yen", "O3 0 Dollar");
    }

    @Test
    void shouldScaleAllOrNothingByTheMaxScoreWhenAQuestionIsWorthMoreThanAPoint() {
        Element item = ExportQuizzes.parse(unzip(QtiPackage.write(TypedQuiz.quiz())).get("items/q002.xml")).getDocumentElement();
        Element branch = child(child(child(item, "qti-response-processing"), "qti-response-condition"), "qti-response-if");
        assertThat(children(child(branch, "qti-match"))).extracting(Element::getLocalName).containsExactly("qti-variable", "qti-correct");
        assertThat(child(child(branch, "qti-set-outcome-value"), "qti-variable").getAttribute("identifier")).isEqualTo("MAXSCORE");
        assertThat(children(child(child(item, "qti-response-declaration"), "qti-correct-response"), "qti-value"))
                .extracting(Element::getTextContent).containsExactly("B", "D");
    }

    /** The mapping's bounds and default, then each entry's key and value. */
    private static List<String> mapping(Map<String, byte[]> entries, String item) {
        Element mapping = child(child(ExportQuizzes.parse(entries.get("items/" + item + ".xml")).getDocumentElement(),
                "qti-response-declaration"), "qti-mapping");
        List<String> found = new ArrayList<>(List.of(mapping.getAttribute("lower-bound") + " " + mapping.getAttribute("upper-bound")
                + " " + mapping.getAttribute("default-value")));
        for (Element entry : children(mapping, "qti-map-entry")) {
            assertThat(entry.getAttribute("case-sensitive")).isEqualTo("true");
            found.add(entry.getAttribute("map-key") + " " + entry.getAttribute("mapped-value"));
        }
        return found;
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
