package dev.quizbank.quiz.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Mutated documents of every question type, native and GIFT, are read or refused with problems at their lines,
 * never thrown at; what a reader takes without a problem writes and reads back the same.
 */
class QuestionTypesFuzzTest {

    private static final List<String> NATIVE = lines("/question-types-formats/every-type.md");
    private static final List<String> GIFT = lines("/question-types-formats/every-type.gift");

    @Property(tries = 3000)
    void shouldReadOrRefuseMutatedNativeDocuments(@ForAll("mutatedNative") String document) {
        ParsedSource parsed = NativeReader.read(document);

        assertThat(parsed.problems()).allSatisfy(QuestionTypesFuzzTest::atALine);
        if (parsed.problems().isEmpty() && parsed.draft().document() != null) {
            String written = NativeWriter.write(parsed.draft());
            ParsedSource again = NativeReader.read(written);
            assertThat(again.problems()).isEmpty();
            assertThat(NativeWriter.write(again.draft())).isEqualTo(written);
        }
    }

    @Property(tries = 3000)
    void shouldReadOrRefuseMutatedGift(@ForAll("mutatedGift") String document) {
        ParsedSource parsed = GiftReader.read(document);

        assertThat(parsed.problems()).allSatisfy(QuestionTypesFuzzTest::atALine);
    }

    @Provide
    Arbitrary<String> mutatedNative() {
        return mutated(NATIVE, Arbitraries.of("Question 8 (numeric)", "Question 2 (multiple, weighted, weighted)",
                "Question 3 (shortText, case sensitive, case sensitive)", "Question 1 (ordering, 0 points)", "Question 9 (single)",
                "  • A) again", "  • z) zed", "  • exact: x", "  • wildcard: *", "  • 1 ± 2", "  • 5..1", "  • true", "  • false",
                "    fraction: 0.5", "    fraction: -", "    > fb", "    >", "    >x", "Stems:", "Options:", "Answer **as listed**",
                "Answer **a -> b, a -> c**", "Answer **A, A**", "Answer **true**", "Answer ****", "Answer **plan, plan, test**",
                "Scoring Guide", "| 0-25 | X | y |", "", " ", "\u0000", "  • 99999999999999999999999999999999999999999 ± 1"));
    }

    @Provide
    Arbitrary<String> mutatedGift() {
        return mutated(GIFT, Arbitraries.of("{", "}", "{#", "{#1..}", "{#..1}", "{#1:2:3}", "{#=%50%}", "\t~%50%", "\t~%200%x",
                "\t~%-%x", "\t=a -> ", "\t= -> ", "\t->", "{T#", "{TRUE###}", "{=*}", "{=\\*}", "#", "####", "~", "=", "::Q::",
                "$CATEGORY: $course$/top/X", "", "\\", "\u0000"));
    }

    private static Arbitrary<String> mutated(List<String> seed, Arbitrary<String> pieces) {
        Arbitrary<String> text = Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("{}~=#:\\%->[]*•()., \t0123456789Tabxs").ofMaxLength(20));
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> edit = Arbitraries.integers().between(0, 3).flatMap(kind ->
                Arbitraries.integers().between(0, seed.size() - 1).flatMap(line -> text.map(t -> Tuple.of(kind, line, t))));
        return edit.list().ofMinSize(1).ofMaxSize(6).map(edits -> {
            List<String> lines = new ArrayList<>(seed);
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

    private static void atALine(SourceViolation violation) {
        assertThat(violation.place()).matches("line [1-9][0-9]*");
        assertThat(violation.message()).isNotBlank();
    }

    private static List<String> lines(String name) {
        try (InputStream in = QuestionTypesFuzzTest.class.getResourceAsStream(name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
