package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import dev.quizbank.support.Seed;

/** Fuzzed documents are accepted or refused with violations at their lines, never another exception. */
class SourceFuzzTest {

    @Property(tries = 2000)
    void shouldAcceptOrRefuseMutatedSeeds(@ForAll("mutatedSeeds") String document) {
        parseOrRefuse(document);
    }

    @Property(tries = 1000)
    void shouldAcceptOrRefuseArbitraryText(@ForAll("arbitraryText") String document) {
        parseOrRefuse(document);
    }

    @Property(tries = 2000)
    void shouldAcceptOrRefuseMutatedJson(@ForAll("mutatedJson") String document) {
        try {
            SourceFormat.JSON.read(document);
        } catch (InvalidSourceException refused) {
            for (SourceViolation violation : refused.violations()) {
                if (violation.place().isBlank() || violation.place().startsWith("line ") || violation.message().isBlank()) {
                    throw new AssertionError("refused without a JSON path: " + violation);
                }
            }
        }
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        String seed = JsonWriter.write(new QuizSource("fuzzed", EverySetting.SETTINGS, SourceFormat.NATIVE.read(Seed.TEXT).document()));
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-1", "\"x\":1,", "\"answer\"", "\\u0000",
                        "0", "604801", "99999999999999999999", "\"2026-12-07T09:00:00+14:00\"", "\"9999-12-31T23:59:59Z\"", "\"score\"",
                        "{\"afterSubmit\": \"full\"}", "{\"name\": \"x\", \"draw\": 1, \"questions\": [26]}", "[1, 1]"));
        return Combinators.combine(Arbitraries.integers().between(0, seed.length()), Arbitraries.integers().between(0, 40), token)
                .as((at, cut, text) -> seed.substring(0, at) + text + seed.substring(Math.min(seed.length(), at + cut)));
    }

    private static void parseOrRefuse(String document) {
        try {
            QuizSource parsed = SourceFormat.NATIVE.read(document);
            if (parsed.document().questions().isEmpty()) {
                throw new AssertionError("accepted a document without questions");
            }
        } catch (InvalidSourceException refused) {
            for (SourceViolation violation : refused.violations()) {
                if (!violation.place().matches("line [1-9][0-9]*") || violation.message().isBlank()) {
                    throw new AssertionError("refused without a line: " + violation);
                }
            }
        }
    }

    /** The seed with a front matter that states every setting, so that mutations reach each key. */
    private static final List<String> LINES = Stream.concat(Stream.concat(Stream.of("---", "id: fuzzed"),
            EverySetting.FRONT_MATTER.lines()), Stream.concat(Stream.of("---"), Seed.LINES.stream())).toList();

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, LINES.size() - 1).flatMap(line ->
                        Arbitraries.oneOf(
                                Arbitraries.strings().ofMaxLength(40),
                                Arbitraries.of("Question 1", "Question 26", "Answer **Z) x** y", "Answer **A)** ",
                                        "  • A) again", "Scoring Guide", "0-30 Everything Goes here", "| 0-25 | X | y |",
                                        "", " ", "\u0000", "Chapter 0: Quiz", "99999999999-1 A B", "---",
                                        "pool: a, draw 2 of 1-3, 25", "pool: a, draw 9 of 20-30", "timeLimitSeconds: 0",
                                        "graceSeconds: 86401", "openAt: 2027-01-01T00:00:00-12:00", "closeAt: 1970-01-01T00:00:00Z",
                                        "review: score until closed, then correctness", "maxAttempts: 0", "gradingMethod: last"))
                                .map(text -> Tuple.of(kind, line, text))));
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            List<String> lines = new ArrayList<>(LINES);
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
