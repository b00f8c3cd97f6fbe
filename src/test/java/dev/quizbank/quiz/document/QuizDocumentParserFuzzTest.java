package dev.quizbank.quiz.document;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import dev.quizbank.support.Seed;

/** Fuzzed documents are accepted or refused with the parser's own error, never another exception. */
class QuizDocumentParserFuzzTest {

    @Property(tries = 2000)
    void shouldAcceptOrRefuseMutatedSeeds(@ForAll("mutatedSeeds") String document) {
        parseOrRefuse(document);
    }

    @Property(tries = 1000)
    void shouldAcceptOrRefuseArbitraryText(@ForAll("arbitraryText") String document) {
        parseOrRefuse(document);
    }

    private static void parseOrRefuse(String document) {
        try {
            QuizDocument parsed = QuizDocumentParser.parse(document);
            if (parsed.questions().isEmpty() || parsed.scoringGuide().isEmpty()) {
                throw new AssertionError("accepted a document without questions or levels");
            }
        } catch (QuizDocumentException refused) {
            if (refused.line() < 1) {
                throw new AssertionError("refused without a line: " + refused.getMessage());
            }
        }
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, Seed.LINES.size() - 1).flatMap(line ->
                        Arbitraries.oneOf(
                                Arbitraries.strings().ofMaxLength(40),
                                Arbitraries.of("Question 1", "Question 26", "Answer **Z) x** y", "Answer **A)** ",
                                        "  • A) again", "Scoring Guide", "0-30 Everything Goes here", "| 0-25 | X | y |",
                                        "", " ", "\u0000", "Chapter 0: Quiz", "99999999999-1 A B"))
                                .map(text -> Tuple.of(kind, line, text))));
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            List<String> lines = new ArrayList<>(Seed.LINES);
            for (Tuple.Tuple3<Integer, Integer, String> e : edits) {
                int at = Math.min(e.get2(), lines.size() - 1);
                switch (e.get1()) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, e.get3());
                    case 2 -> lines.set(at, e.get3());
                    default -> lines.add(at, lines.get(at));
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
                Arbitraries.strings().withChars("Question1234567890 \n•ABCD)*-|Answer:").ofMaxLength(2000),
                Arbitraries.strings().all().ofMaxLength(500).map(s -> "Chapter 1: Quiz\nT\nD\n" + s));
    }
}
