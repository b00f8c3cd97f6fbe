package dev.quizbank.quiz.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;

/**
 * The native front matter's {@code pool:} entry, one line per pool: {@code pool: easy, draw 2 of 1-4, 7}
 * (the pool's name, how many questions each attempt draws from it, and its questions, a run of three or
 * more as a range). QuizRules keeps commas out of pool names, so that the first comma ends the name.
 */
final class PoolEntry {

    static final String KEY = "pool";
    static final String FORM = "a pool reads 'pool: NAME, draw N of QUESTIONS', as in 'pool: easy, draw 2 of 1-4, 7'";

    private static final Pattern ENTRY = Pattern.compile("([^,]*),\\s*draw\\s+(\\d{1,18})\\s+of(?:\\s+(.*))?");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");

    private PoolEntry() {
    }

    /** The pool {@code value} states; SettingsRules judges its name, draw and questions. */
    static SettingsRules.PoolDraft read(String value, int line) {
        Matcher entry = ENTRY.matcher(value);
        if (!entry.matches()) {
            throw new DocumentLines.Fault(line, FORM);
        }
        List<Integer> questions = new ArrayList<>();
        if (entry.group(3) != null) {
            for (String part : entry.group(3).split(",", -1)) {
                Matcher numbers = NUMBERS.matcher(part.strip());
                if (!numbers.matches()) {
                    throw new DocumentLines.Fault(line, "the questions of a pool are numbers and ranges between commas, as in 1-4, 7;"
                            + " not " + Echo.quoted(part.strip()));
                }
                int from = number(numbers.group(1), line);
                int to = numbers.group(2) == null ? from : number(numbers.group(2), line);
                if (to < from) {
                    throw new DocumentLines.Fault(line, "the range " + from + "-" + to + " runs backwards");
                }
                for (int question = from; question <= to; question++) {
                    questions.add(question);
                }
            }
        }
        return new SettingsRules.PoolDraft(entry.group(1).strip(), Long.parseLong(entry.group(2)), questions);
    }

    /** A number no quiz can have ends the reading here, before a range of it fills the memory. */
    private static int number(String digits, int line) {
        int number = Integer.parseInt(digits);
        if (number < 1 || number > QuizRules.MAX_QUESTIONS) {
            throw new DocumentLines.Fault(line, "a pool names question " + number + ", and a quiz has questions 1 to "
                    + QuizRules.MAX_QUESTIONS + " at most");
        }
        return number;
    }

    static String write(QuizSettings.Pool pool) {
        StringBuilder out = new StringBuilder(pool.name()).append(", draw ").append(pool.draw()).append(" of ");
        List<Integer> questions = pool.questions();
        for (int i = 0; i < questions.size(); ) {
            int run = 1;
            while (i + run < questions.size() && questions.get(i + run) == questions.get(i) + run) {
                run++;
            }
            if (i > 0) {
                out.append(", ");
            }
            if (run >= 3) {
                out.append(questions.get(i)).append('-').append(questions.get(i + run - 1));
                i += run;
            } else {
                out.append(questions.get(i));
                i++;
            }
        }
        return out.toString();
    }
}
