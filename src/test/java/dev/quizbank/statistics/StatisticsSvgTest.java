package dev.quizbank.statistics;

import static dev.quizbank.statistics.StatisticsEdgeCaseTest.key;
import static dev.quizbank.statistics.StatisticsEdgeCaseTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.quizbank.statistics.Statistics.QuestionStatistics;
import dev.quizbank.statistics.Statistics.ScoreCount;

/** The drawings, parsed back with the JDK's XML parser: bars, points, labels, titles, colours. */
class StatisticsSvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Property(tries = 150)
    void shouldDrawOneBarPerScoreInProportionToItsCount(@ForAll("dataSets") DataSet data) throws Exception {
        Statistics s = StatisticsAgreementTest.feed(data.key(), data.attempts());
        Document svg = parse(HistogramSvg.render("generated", s.score()));

        List<Element> bars = select(svg, "//*[local-name()='rect'][@class='bar']");
        List<ScoreCount> histogram = s.score().histogram();
        assertThat(bars).hasSize(data.key().maxScore() + 1);
        double baseline = HistogramSvg.HEIGHT - HistogramSvg.BOTTOM;
        long highest = histogram.stream().mapToLong(ScoreCount::count).max().orElseThrow();
        double perAttempt = highest == 0 ? 0 : number(bars.stream()
                .filter(b -> Long.parseLong(b.getAttribute("data-count")) == highest).findFirst().orElseThrow(),
                "height") / highest;
        assertThat(perAttempt * highest).isLessThanOrEqualTo(baseline - HistogramSvg.TOP + 0.01);
        for (int t = 0; t < bars.size(); t++) {
            Element bar = bars.get(t);
            assertThat(bar.getAttribute("data-score")).isEqualTo(Integer.toString(t));
            assertThat(Long.parseLong(bar.getAttribute("data-count"))).isEqualTo(histogram.get(t).count());
            assertThat(number(bar, "height")).isCloseTo(perAttempt * histogram.get(t).count(), within(0.02));
            assertThat(number(bar, "y") + number(bar, "height")).isCloseTo(baseline, within(0.02));
            assertThat(bar.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                    .startsWith("Score " + t + ": " + histogram.get(t).count() + " attempt");
        }
        assertThat(texts(svg, "score-label")).containsExactlyElementsOf(
                histogram.stream().map(c -> String.valueOf(c.score())).toList());
        assertAccessible(svg, "Score histogram: generated");
    }

    @Test
    void shouldSayThereAreNoAttemptsAndLabelOnlySomeOfManyScores() throws Exception {
        String[] keys = new String[60 * 2];
        for (int i = 0; i < keys.length; i += 2) {
            keys[i] = "2";
            keys[i + 1] = "1";
        }
        AnswerKey wide = key(java.util.Arrays.stream(keys).mapToInt(Integer::parseInt).toArray());
        Document svg = parse(HistogramSvg.render("empty", StatisticsAgreementTest.feed(wide, List.of()).score()));

        assertThat(select(svg, "//*[local-name()='rect'][@class='bar']")).hasSize(61)
                .allSatisfy(bar -> assertThat(number(bar, "height")).isZero());
        assertThat(texts(svg, "empty")).containsExactly("No attempts yet");
        assertThat(texts(svg, "score-label")).hasSizeLessThanOrEqualTo(31).contains("0", "60");
        assertThat(texts(svg, "tick")).containsExactly("0", "1");
    }

    @Test
    void shouldEscapeTheCaption() throws Exception {
        String caption = "<script>alert('x')</script> & \"quotes\"";
        Statistics s = StatisticsAgreementTest.feed(key(2, 1), rows("1", "2"));

        assertThat(title(parse(HistogramSvg.render(caption, s.score())))).isEqualTo("Score histogram: " + caption);
        assertThat(title(parse(ItemMapSvg.render(caption, s.questions())))).isEqualTo("Item map: " + caption);
    }

    @Property(tries = 150)
    void shouldPlaceEveryDefinedQuestionAndMarkTheFlagged(@ForAll("dataSets") DataSet data) throws Exception {
        List<QuestionStatistics> questions = StatisticsAgreementTest.feed(data.key(), data.attempts()).questions();
        Document svg = parse(ItemMapSvg.render("generated", questions));

        List<QuestionStatistics> placed = questions.stream()
                .filter(q -> q.facility() != null && q.discriminationIndex() != null).toList();
        List<Element> items = select(svg, "//*[local-name()='g'][contains(@class,'item')]");
        assertThat(items).extracting(g -> g.getAttribute("data-question"))
                .containsExactlyElementsOf(placed.stream().map(q -> Integer.toString(q.number())).toList());
        for (int i = 0; i < placed.size(); i++) {
            QuestionStatistics q = placed.get(i);
            Element g = items.get(i);
            boolean flagged = !q.flags().isEmpty();
            assertThat(g.getAttribute("class")).isEqualTo(flagged ? "item flagged" : "item");
            Element marker = (Element) g.getElementsByTagNameNS(SVG_NS, flagged ? "polygon" : "circle").item(0);
            assertThat(marker).as("question %d marked as %s", q.number(), flagged ? "flagged" : "plain").isNotNull();
            double[] centre = flagged ? diamondCentre(marker) : new double[] {number(marker, "cx"), number(marker, "cy")};
            assertThat(centre[0]).isCloseTo(ItemMapSvg.x(q.facility()), within(0.01));
            assertThat(centre[1]).isCloseTo(ItemMapSvg.y(q.discriminationIndex()), within(0.01));
            assertThat(g.getElementsByTagNameNS(SVG_NS, "text").item(0).getTextContent())
                    .isEqualTo(Integer.toString(q.number()));
            String title = g.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent();
            assertThat(title).startsWith("Question " + q.number() + ": facility ");
            q.flags().forEach(flag -> assertThat(title).contains(flag.wireName()));
        }
        String unplaced = questions.stream().filter(q -> !placed.contains(q)).map(q -> Integer.toString(q.number()))
                .reduce((a, b) -> a + ", " + b).map(list -> "questions " + list + ".").orElse("");
        assertThat(description(svg)).contains(placed.size() + " of " + questions.size() + " questions placed")
                .endsWith(unplaced.isEmpty() ? "flagged." : unplaced);
        assertAccessible(svg, "Item map: generated");
        assertThat(texts(svg, "axis-label")).containsExactly("Facility (share answering correctly)",
                "Discrimination index");
    }

    @Test
    void shouldNameTheQuestionsItCannotPlace() throws Exception {
        // question 1 everyone right: its discrimination is undefined
        List<QuestionStatistics> questions = StatisticsAgreementTest
                .feed(key(2, 1, 2, 1, 2, 1), rows("111", "121", "112")).questions();
        Document svg = parse(ItemMapSvg.render("q", questions));

        assertThat(select(svg, "//*[local-name()='g'][contains(@class,'item')]")).hasSize(2);
        assertThat(description(svg)).endsWith("Not placed, their figures being undefined: questions 1.");
    }

    @Provide
    Arbitrary<DataSet> dataSets() {
        return new StatisticsAgreementTest().dataSets();
    }

    /** Title and description announced, and every colour with at least 4.5:1 contrast on white. */
    private static void assertAccessible(Document svg, String title) throws Exception {
        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("title desc");
        assertThat(title(svg)).isEqualTo(title);
        assertThat(description(svg)).isNotBlank();
        List<String> colours = new ArrayList<>();
        for (Element e : select(svg, "//*[@fill or @stroke]")) {
            for (String attribute : List.of("fill", "stroke")) {
                String colour = e.getAttribute(attribute);
                if (colour.startsWith("#") && !(e.getAttribute("width").equals("100%"))) {
                    colours.add(colour);
                }
            }
        }
        assertThat(colours).isNotEmpty().allSatisfy(c -> assertThat(contrastOnWhite(c)).isGreaterThanOrEqualTo(4.5));
    }

    /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
    static double contrastOnWhite(String hex) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            luminance += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    private static double[] diamondCentre(Element polygon) {
        String[] points = polygon.getAttribute("points").split(" ");
        double[] top = coordinates(points[0]);
        double[] bottom = coordinates(points[2]);
        return new double[] {top[0], (top[1] + bottom[1]) / 2};
    }

    private static double[] coordinates(String point) {
        String[] xy = point.split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> select(Document svg, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<String> texts(Document svg, String cssClass) throws Exception {
        return select(svg, "//*[local-name()='text'][@class='" + cssClass + "']").stream()
                .map(Element::getTextContent).toList();
    }

    private static String title(Document svg) throws Exception {
        return select(svg, "/*/*[local-name()='title']").getFirst().getTextContent();
    }

    private static String description(Document svg) throws Exception {
        return select(svg, "/*/*[local-name()='desc']").getFirst().getTextContent();
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
