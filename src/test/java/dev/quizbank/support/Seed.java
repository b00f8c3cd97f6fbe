package dev.quizbank.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled seed document, read line by line without the production parser, so that tests
 * compare the service with the source itself.
 */
public final class Seed {

    public static final String TEXT = read("quizzes/chapter-20.txt");
    public static final List<String> LINES = List.of(TEXT.split("\n", -1));

    public record SeedQuestion(int number, String text, List<String> choiceKeys, List<String> choiceTexts,
            String correct, String explanation) {
    }

    public record SeedBand(int min, int max, String rest) {
    }

    public static final List<SeedQuestion> QUESTIONS = questions();
    public static final List<SeedBand> BANDS = bands();

    private Seed() {
    }

    public static String read(String resource) {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each question is "Question N", blank, text, blank, four "  • X) " lines, then "Answer **X) …** explanation". */
    private static List<SeedQuestion> questions() {
        List<SeedQuestion> questions = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            if (!LINES.get(i).startsWith("Question ")) {
                continue;
            }
            int number = Integer.parseInt(LINES.get(i).substring("Question ".length()));
            String text = LINES.get(i + 2);
            List<String> keys = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                String line = LINES.get(i + 4 + c);
                keys.add(line.substring(4, 5));
                texts.add(line.substring(7));
            }
            String answer = LINES.get(i + 8);
            String correct = answer.substring("Answer **".length(), "Answer **".length() + 1);
            String explanation = answer.substring(answer.indexOf("** ", "Answer **".length()) + 3);
            questions.add(new SeedQuestion(number, text, keys, texts, correct, explanation));
        }
        return List.copyOf(questions);
    }

    private static List<SeedBand> bands() {
        List<SeedBand> bands = new ArrayList<>();
        for (String line : LINES) {
            if (line.matches("\\d+-\\d+ .*")) {
                String range = line.substring(0, line.indexOf(' '));
                String[] bounds = range.split("-");
                bands.add(new SeedBand(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]),
                        line.substring(range.length() + 1)));
            }
        }
        return List.copyOf(bands);
    }
}
