package dev.quizbank.quiz.format;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.quizbank.common.Echo;
import dev.quizbank.quiz.QuizSettings;

/**
 * Every rule the settings of a quiz must meet, whatever format states them. A reader hands its
 * {@link Draft} here, which may hold any value the format can write, and gets back settings that
 * hold only what meets the rules, each broken one reported at its path ({@code settings.pools[1].draw}):
 * QuizSettings refuses some broken values outright, and an author must see where, not a failure.
 * What depends on the questions ({@link #questions}) is checked with the rest of the document by QuizRules.
 */
final class SettingsRules {

    static final long MAX_TIME_LIMIT = Duration.ofDays(7).toSeconds();
    static final long MAX_GRACE = Duration.ofDays(1).toSeconds();
    static final int MAX_POOL_NAME = 100;
    /** Instants a document may state: four-digit years after the epoch, to the microsecond the database keeps. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    static final String INSTANT_FORM = "an RFC 3339 date-time with an offset, such as 2026-12-07T09:00:00Z,"
            + " from the year 1970 to 9999 and to the microsecond at most";
    private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    /** Where a broken rule is reported: the setting's path, and what is wrong, in words for the author. */
    interface Faults {
        void fault(String path, String message);
    }

    /**
     * The settings as a document states them, before the rules; the defaults stand for what it leaves out.
     * Numbers are longs so that a value past the range of its setting is judged by the rule, not by a reader.
     */
    record Draft(QuizSettings.Review afterSubmit, QuizSettings.Review afterClose, boolean anonymous, Long maxAttempts,
            List<String> owners, Long timeLimitSeconds, long graceSeconds, boolean shuffleQuestions, boolean shuffleChoices,
            Instant openAt, Instant closeAt, List<PoolDraft> pools, QuizSettings.GradingMethod gradingMethod) {

        static Draft defaults() {
            return new Draft(QuizSettings.Review.FULL, QuizSettings.Review.FULL, true, null, List.of(), null, 0, false, false,
                    null, null, List.of(), QuizSettings.GradingMethod.HIGHEST);
        }
    }

    /**
     * A pool as stated, {@code draw} as written; {@code name} or {@code questions} null where the reader could
     * not read them, and has said so, so that no rule repeats it.
     */
    record PoolDraft(String name, long draw, List<Integer> questions) {
    }

    private SettingsRules() {
    }

    /** The settings {@code draft} states, without the values that break a rule; each broken rule goes to {@code faults}. */
    static QuizSettings settings(Draft draft, Faults faults) {
        Integer maxAttempts = null;
        if (draft.maxAttempts() != null) {
            if (draft.maxAttempts() < 1 || draft.maxAttempts() > Integer.MAX_VALUE) {
                faults.fault("settings.maxAttempts", "maxAttempts is a whole number from 1 to " + Integer.MAX_VALUE
                        + " (leave it out for unlimited attempts)");
            } else if (draft.anonymous()) {
                faults.fault("settings.maxAttempts", "maxAttempts needs anonymous set to false: only signed-in learners can be counted");
            } else {
                maxAttempts = draft.maxAttempts().intValue();
            }
        }
        Integer timeLimit = null;
        if (draft.timeLimitSeconds() != null) {
            if (draft.timeLimitSeconds() < 1 || draft.timeLimitSeconds() > MAX_TIME_LIMIT) {
                faults.fault("settings.timeLimitSeconds", "timeLimitSeconds is a whole number of seconds from 1 to "
                        + MAX_TIME_LIMIT + " (7 days; leave it out for an untimed quiz)");
            } else {
                timeLimit = draft.timeLimitSeconds().intValue();
            }
        }
        int grace = 0;
        if (draft.graceSeconds() < 0 || draft.graceSeconds() > MAX_GRACE) {
            faults.fault("settings.graceSeconds", "graceSeconds is a whole number of seconds from 0 to " + MAX_GRACE + " (1 day)");
        } else {
            grace = (int) draft.graceSeconds();
        }
        Instant openAt = draft.openAt();
        Instant closeAt = draft.closeAt();
        if (openAt != null && closeAt != null && !openAt.isBefore(closeAt)) {
            faults.fault("settings.closeAt", "closeAt (" + closeAt + ") must come after openAt (" + openAt + ")");
            closeAt = null;
        }
        return new QuizSettings(new QuizSettings.ReviewPhases(draft.afterSubmit(), draft.afterClose()), draft.anonymous(), maxAttempts,
                draft.owners(), timeLimit, grace, draft.shuffleQuestions(), draft.shuffleChoices(), openAt, closeAt,
                pools(draft.pools(), faults), draft.gradingMethod());
    }

    /** The pools that meet every rule of their own; a question in two pools is reported at its second. */
    private static List<QuizSettings.Pool> pools(List<PoolDraft> pools, Faults faults) {
        List<QuizSettings.Pool> kept = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<Integer, String> pooled = new HashMap<>();
        for (int i = 0; i < pools.size(); i++) {
            PoolDraft pool = pools.get(i);
            String path = "settings.pools[" + i + "]";
            boolean holds = pool.name() != null && poolName(path + ".name", pool.name(), i + 1, names, faults);
            String name = pool.name() == null ? "pool " + (i + 1) : "pool " + Echo.quoted(pool.name());
            if (pool.questions() == null) {
                continue;
            }
            if (pool.questions().isEmpty()) {
                faults.fault(path + ".questions", name + " has no questions: a pool names at least one");
                holds = false;
            }
            for (int j = 0; j < pool.questions().size(); j++) {
                int question = pool.questions().get(j);
                String other = pooled.putIfAbsent(question, name);
                if (other != null) {
                    faults.fault(path + ".questions[" + j + "]", other.equals(name)
                            ? name + " names question " + question + " twice"
                            : "question " + question + " is in " + other + " and in " + name + ": a question is in one pool at most");
                    holds = false;
                }
            }
            if (pool.draw() < 1 || pool.draw() > Math.max(1, pool.questions().size())) {
                faults.fault(path + ".draw", name + " draws " + pool.draw() + " of its " + pool.questions().size()
                        + " questions: it draws at least 1 and at most all of them");
                holds = false;
            }
            if (holds) {
                kept.add(new QuizSettings.Pool(pool.name(), (int) pool.draw(), pool.questions()));
            }
        }
        return kept;
    }

    /** A pool's name is one line that the native document's {@code pool:} entry can state (it ends at a comma). */
    private static boolean poolName(String path, String name, int position, Set<String> names, Faults faults) {
        String problem = TextRules.line(name, "the name of pool " + position);
        if (problem == null && name.length() > MAX_POOL_NAME) {
            problem = "the name of pool " + position + " is longer than " + MAX_POOL_NAME + " characters";
        }
        if (problem == null && name.indexOf(',') >= 0) {
            problem = "the name of pool " + position + " holds a comma, which ends a name in the native document";
        }
        if (problem == null && !names.add(name)) {
            problem = "two pools are named " + Echo.quoted(name) + ": each pool has a name of its own";
        }
        if (problem != null) {
            faults.fault(path, problem);
        }
        return problem == null;
    }

    /** Each pool names only questions of the quiz, which has {@code questionCount}. */
    static void questions(List<QuizSettings.Pool> pools, int questionCount, Faults faults) {
        for (int i = 0; i < pools.size(); i++) {
            List<Integer> questions = pools.get(i).questions();
            for (int j = 0; j < questions.size(); j++) {
                int question = questions.get(j);
                if (question < 1 || question > questionCount) {
                    faults.fault("settings.pools[" + i + "].questions[" + j + "]", "pool " + Echo.quoted(pools.get(i).name())
                            + " names question " + question + ", and the quiz has questions 1 to " + questionCount);
                }
            }
        }
    }

    /** The instant {@code text} states in RFC 3339 with an offset, or null when it states none a quiz may hold. */
    static Instant instant(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) || instant.getNano() % 1_000 != 0 ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
