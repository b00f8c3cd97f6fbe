package dev.quizbank.quiz.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * A QTI 3.0 content package ({@code application/zip}) laid out as the 1EdTech examples lay theirs
 * out: {@code imsmanifest.xml}, one {@code qti-assessment-test} ({@code assessment.xml}) and one
 * {@code qti-assessment-item} per question ({@code items/q001.xml} …, see {@link QtiItem}); the test's
 * SCORE is the sum of the items', each in points.
 *
 * <p>Every text is CommonMark and goes verbatim as the sole, escaped character data of its element:
 * the question's in {@code qti-prompt} (before a text entry, which has no prompt, in a {@code div}),
 * each choice's, stem's, option's or item's in its choice, the explanation in the
 * {@code qti-content-body} of a {@code qti-modal-feedback}. That feedback uses the examples' idiom for
 * general feedback: {@code show-hide="hide"} on a FEEDBACK outcome that response processing never
 * sets, so it shows after every attempt, right or wrong. Per-answer feedback is not carried.
 */
public final class QtiPackage {

    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "assessment.xml";

    private static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String ASI_SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd";
    private static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    private static final String CP_SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    private static final String SCORE = "SCORE";
    /**
     * Zip entries carry local date-times; a fixed one keeps the bytes the same in every time zone.
     * Not 1980-01-01 00:00: the JDK takes that for "before 1980" and adds a zoned timestamp.
     */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private QtiPackage() {
    }

    public static byte[] write(QuizSource source) {
        QuizDocument document = source.document();
        Map<String, String> items = new LinkedHashMap<>();
        boolean shuffleChoices = settingsOf(source).shuffleChoices();
        for (Question question : document.questions()) {
            items.put(itemIdentifier(question), QtiItem.write(question, itemIdentifier(question), shuffleChoices));
        }
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(MANIFEST, manifest(source, items.keySet()));
        entries.put(TEST, test(source));
        items.forEach((identifier, xml) -> entries.put(itemPath(identifier), xml));
        return zip(entries);
    }

    /** QTI identifiers start with a letter; three digits keep the files in question order. */
    static String itemIdentifier(Question question) {
        return itemIdentifier(question.number());
    }

    private static String itemIdentifier(int number) {
        return String.format("q%03d", number);
    }

    static String itemPath(String identifier) {
        return "items/" + identifier + ".xml";
    }

    /** Quiz ids may start with a digit, which neither QTI identifiers nor XML ids may. */
    private static String testIdentifier(QuizSource source) {
        return source.id() == null ? "quiz" : "quiz-" + source.id();
    }

    private static String manifest(QuizSource source, Iterable<String> items) {
        IndentedXml xml = new IndentedXml().openRoot("manifest", CP, CP_SCHEMA, "identifier", "manifest-" + testIdentifier(source))
                .open("metadata")
                .text("schema", "QTI Package")
                .text("schemaversion", "3.0.0")
                .close()
                .empty("organizations")
                .open("resources");
        xml.open("resource", "identifier", testIdentifier(source), "type", "imsqti_test_xmlv3p0", "href", TEST)
                .empty("file", "href", TEST);
        for (String item : items) {
            xml.empty("dependency", "identifierref", item);
        }
        xml.close();
        for (String item : items) {
            xml.open("resource", "identifier", item, "type", "imsqti_item_xmlv3p0", "href", itemPath(item))
                    .empty("file", "href", itemPath(item))
                    .close();
        }
        return xml.close().close().finish();
    }

    /**
     * The test states what QTI can of the settings: the time limit (late submissions allowed where there is
     * a grace period), shuffled questions, and per pool an invisible section that selects its draw, placed
     * where the pool's first question stands; shuffled choices are stated by the items.
     */
    private static String test(QuizSource source) {
        String title = source.document().title();
        QuizSettings settings = settingsOf(source);
        IndentedXml xml = new IndentedXml()
                .openRoot("qti-assessment-test", ASI, ASI_SCHEMA, "identifier", testIdentifier(source), "title", title)
                .empty("qti-outcome-declaration", "identifier", SCORE, "cardinality", "single", "base-type", "float");
        if (settings.timeLimitSeconds() != null) {
            xml.empty("qti-time-limits", "max-time", settings.timeLimitSeconds().toString(),
                    "allow-late-submission", String.valueOf(settings.graceSeconds() > 0));
        }
        xml.open("qti-test-part", "identifier", "part-1", "navigation-mode", "nonlinear", "submission-mode", "simultaneous")
                .open("qti-assessment-section", "identifier", "section-1", "title", title, "visible", "true");
        ordering(xml, settings);
        Map<Integer, QuizSettings.Pool> poolOf = new HashMap<>();
        settings.pools().forEach(pool -> pool.questions().forEach(number -> poolOf.put(number, pool)));
        Set<QuizSettings.Pool> written = new HashSet<>();
        for (Question question : source.document().questions()) {
            QuizSettings.Pool pool = poolOf.get(question.number());
            if (pool == null) {
                itemRef(xml, question.number());
            } else if (written.add(pool)) {
                // Invisible and not kept together: where questions are shuffled, a pool's drawn questions mix with the others.
                xml.open("qti-assessment-section", "identifier", "pool-" + (settings.pools().indexOf(pool) + 1), "title", pool.name(),
                        "visible", "false", "keep-together", "false");
                xml.empty("qti-selection", "select", String.valueOf(pool.draw()));
                ordering(xml, settings);
                pool.questions().forEach(number -> itemRef(xml, number));
                xml.close();
            }
        }
        return xml.close().close()
                .open("qti-outcome-processing")
                .open("qti-set-outcome-value", "identifier", SCORE)
                .open("qti-sum")
                .empty("qti-test-variables", "variable-identifier", SCORE)
                .close()
                .close()
                .close()
                .close().finish();
    }

    private static void ordering(IndentedXml xml, QuizSettings settings) {
        if (settings.shuffleQuestions()) {
            xml.empty("qti-ordering", "shuffle", "true");
        }
    }

    private static void itemRef(IndentedXml xml, int number) {
        String identifier = itemIdentifier(number);
        xml.empty("qti-assessment-item-ref", "identifier", identifier, "href", itemPath(identifier));
    }

    /** The settings of a package written without any, as a quiz without them has: the self-study ones. */
    private static QuizSettings settingsOf(QuizSource source) {
        return source.settings() == null ? QuizSettings.SELF_STUDY : source.settings();
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip into memory failed", e);
        }
        return bytes.toByteArray();
    }
}
