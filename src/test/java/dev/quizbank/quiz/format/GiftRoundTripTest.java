package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.quiz.document.QuizDocument.Choice;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.support.Seed;

/** GIFT written from any quiz of the types it states reads back to the same quiz; any input is read or refused at its lines, never thrown at. */
class GiftRoundTripTest {

    private static final List<String> SEED_GIFT = List.of(
            GiftWriter.write(SourceFormat.NATIVE.read(Seed.TEXT)).split("\n", -1));

    @Property(tries = 1000)
    void shouldReadBackWhatItWrites(@ForAll("quizzes") QuizSource quiz) {
        ParsedSource parsed = GiftReader.read(GiftWriter.write(quiz));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.draft().document().title()).isEqualTo(quiz.document().title());
        assertThat(parsed.draft().document().questions()).isEqualTo(quiz.document().questions());
    }

    @Property(tries = 2000)
    void shouldReadOrRefuseMutatedGift(@ForAll("mutatedGift") String document) {
        readOrRefuse(document);
    }

    @Property(tries = 1000)
    void shouldReadOrRefuseArbitraryText(@ForAll("arbitraryText") String document) {
        readOrRefuse(document);
    }

    /**
     * Every problem is at a line; whatever the rules accept can be written and read back unchanged; and a draft
     * of the other types is written whole or refused naming a question, and once written, writes again the same.
     */
    private static void readOrRefuse(String document) {
        ParsedSource parsed = GiftReader.read(document);
        assertThat(parsed.problems()).allSatisfy(GiftRoundTripTest::atALine);
        if (parsed.draft().document().questions().stream().anyMatch(q -> q.type() != Question.Type.single)) {
            writtenOrRefused(parsed);
            return;
        }
        List<SourceViolation> violations = QuizRules.check(parsed);
        assertThat(violations).allSatisfy(GiftRoundTripTest::atALine);
        if (violations.isEmpty()) {
            QuizDocument again = GiftReader.read(GiftWriter.write(parsed.draft())).draft().document();
            assertThat(again.questions()).isEqualTo(parsed.draft().document().questions());
            assertThat(again.title()).isEqualTo(parsed.draft().document().title());
        }
    }

    private static void writtenOrRefused(ParsedSource parsed) {
        // A question without general feedback lacks its explanation, which the rules require before anything is written.
        if (!parsed.problems().isEmpty() || parsed.draft().document().title() == null
                || parsed.draft().document().questions().stream().anyMatch(q -> q.explanation() == null)) {
            return;
        }
        String written;
        try {
            written = GiftWriter.write(parsed.draft());
        } catch (NotExportable refused) {
            assertThat(refused.question()).isBetween(1, parsed.draft().document().questions().size());
            return;
        }
        ParsedSource again = GiftReader.read(written);
        assertThat(again.problems()).isEmpty();
        assertThat(GiftWriter.write(again.draft())).isEqualTo(written);
    }

    private static void atALine(SourceViolation violation) {
        assertThat(violation.place()).matches("line [1-9][0-9]*");
        assertThat(violation.message()).isNotBlank();
    }

    @Provide
    Arbitrary<QuizSource> quizzes() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.strings().withChars("abcxyz0189-").ofMinLength(1).ofMaxLength(20).map(s -> "q" + s));
        Arbitrary<Question> anyType = Arbitraries.oneOf(question().map(Question.class::cast),
                QuestionArbitraries.giftTypes(texts(false), texts(true), Arbitraries.oneOf(texts(true), Arbitraries.just(""))));
        return Combinators.combine(id, texts(false), anyType.list().ofMinSize(1).ofMaxSize(5))
                .as((quizId, title, questions) -> new QuizSource(quizId, QuizSettings.SELF_STUDY,
                        new QuizDocument(0, title, "", QuestionArbitraries.numbered(questions), List.of())));
    }

    private static Arbitrary<Question.Single> question() {
        return Combinators.combine(texts(true), texts(false).list().ofMinSize(2).ofMaxSize(6),
                Arbitraries.integers().between(0, 5), texts(true))
                .as((text, choiceTexts, right, explanation) -> {
                    List<Choice> choices = new ArrayList<>();
                    for (int j = 0; j < choiceTexts.size(); j++) {
                        choices.add(new Choice(String.valueOf((char) ('A' + j)), choiceTexts.get(j)));
                    }
                    return new Question.Single(0, text, choices, choices.get(right % choices.size()).key(), explanation);
                });
    }

    /**
     * Texts of GIFT's special characters, Markdown, unicode, and what Moodle reads as a format,
     * a weight, a comment or a category; without white space at either end, as the rules require.
     */
    private static Arbitrary<String> texts(boolean multiLine) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}~=#:\\`*[]%/-> abcXYZ019.&$_").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("é", "ß", "漢字", "Ω", "ق", "😀", "🎉", "\u00A0", "\t", "\u2028"),
                Arbitraries.of("[markdown]", "[html]", "[plain", "%50%", "~%-100%", "=%25%", "####", "::", "//", "$CATEGORY:",
                        "\\n", "\\\\", "\\{", "->", "T", "TRUE", "0", "&&058;", "`code {x}`", "*em*", "**bold**", "# h"),
                multiLine ? Arbitraries.of("\n", "\n\n", " \n ", "\n- item\n", "\n\t") : Arbitraries.just(" "));
        return piece.list().ofMinSize(1).ofMaxSize(12).map(pieces -> String.join("", pieces).strip())
                .filter(text -> !text.isEmpty());
    }

    @Provide
    Arbitrary<String> mutatedGift() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, SEED_GIFT.size() - 1).flatMap(line ->
                        Arbitraries.oneOf(
                                Arbitraries.strings().ofMaxLength(40),
                                Arbitraries.strings().withChars("{}~=#:\\%->[]/$ \tTF0\n").ofMaxLength(20),
                                Arbitraries.of("", " ", "}", "{", "{}", "{T}", "{#1:2}", "\t=", "\t~", "\t~%50%x", "\t####",
                                        "{#=%50%3:1 =3.14:0.01#f}", "{#1..5}", "{#1e3:x}", "{=a -> 1 =b -> 2}", "= -> 3", "{TRUE#w#r}",
                                        "{F##r}", "{=Par*s =%50%Paris#fb}", "~%33.33333%y", "~%-100%z", "~%37%q", "=%50%",
                                        "::", "::Q::", "// comment", "$CATEGORY: $course$/top/X", "$CATEGORY:", "[html]",
                                        "a -> b", "\\", "\\n", "\u0000", "\uFEFF", "\r"))
                                .map(text -> Tuple.of(kind, line, text))));
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            List<String> lines = new ArrayList<>(SEED_GIFT);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = Math.min(e.get2(), lines.size() - 1);
                switch (e.get1()) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, e.get3());
                    case 2 -> lines.set(at, e.get3());
                    default -> lines.set(at, lines.get(at) + e.get3());
                }
                if (lines.isEmpty()) {
                    lines.add("");
                }
            }
            return String.join("\n", lines);
        });
    }

    @Provide
    Arbitrary<String> arbitraryText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(2000),
                Arbitraries.strings().withChars("{}~=#:\\%->[]/$ \t\nTF0abQ").ofMaxLength(2000),
                Arbitraries.strings().all().ofMaxLength(500).map(s -> "$CATEGORY: $course$/top/T\n\n::Q1:: " + s));
    }
}
