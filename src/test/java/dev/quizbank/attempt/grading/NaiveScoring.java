package dev.quizbank.attempt.grading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.quizbank.quiz.document.NumericAnswer;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;

/**
 * The grading table of docs/question-types.md, written a second time from the table alone and as plainly as it
 * reads, so that {@link Scoring} can be checked against it: every fraction is an exact ratio of whole
 * numbers or an exact decimal sum, rounded once at the end; the longest ordered subset is found by trying
 * every subsequence; wildcards are matched by a recursive matcher over code points, not by a regex.
 * <p>
 * Readings where the table is silent, each a decision {@link Scoring} must share:
 * <ul>
 * <li>an absent response ({@code null}) and an empty one grade 0 for every type; a short text is empty when
 * nothing is left of it once normalised;</li>
 * <li>{@code single} and {@code multiple} keys compare case-insensitively, as single-choice keys always have;
 * a key ticked twice counts once, since {@code multiple} grades the chosen set;</li>
 * <li>a {@code weighted} choice stating no fraction adds 0;</li>
 * <li>whitespace is Unicode's White_Space property (so a no-break space is a space);</li>
 * <li>case-insensitive compares code point by code point after simple case folding, what Java's
 * {@code CASE_INSENSITIVE | UNICODE_CASE} does: {@code é} matches {@code É} and {@code ς} matches
 * {@code Σ}, but {@code ß} does not match {@code SS}, a full folding that changes the length;</li>
 * <li>in a wildcard pattern a backslash is special only before a star: {@code \\*} is a
 * literal backslash followed by a literal star;</li>
 * <li>a short-text or numeric answer with a negative fraction grades 0, since f is in [0, 1].</li>
 * </ul>
 */
final class NaiveScoring {

    private static final int[] WHITE_SPACE = {
        0x9, 0xA, 0xB, 0xC, 0xD, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
        0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 };

    private NaiveScoring() {
    }

    static BigDecimal fraction(Question question, Response response) {
        if (response == null) {
            return rounded(BigDecimal.ZERO);
        }
        BigDecimal exact = switch (question) {
            case Question.Single q -> single(q, (Response.Choice) response);
            case Question.Multiple q -> multiple(q, (Response.Choices) response);
            case Question.TrueFalse q -> ((Response.Value) response).value() == q.answer() ? BigDecimal.ONE : BigDecimal.ZERO;
            case Question.ShortText q -> shortText(q, (Response.Text) response);
            case Question.Numeric q -> numeric(q, (Response.Number) response);
            case Question.Matching q -> matching(q, (Response.Pairs) response);
            case Question.Ordering q -> ordering(q, (Response.Order) response);
        };
        return rounded(exact);
    }

    static BigDecimal points(Question question, BigDecimal fraction) {
        return fraction.multiply(question.points());
    }

    private static BigDecimal rounded(BigDecimal exact) {
        return exact.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** p / q exactly when it has at most 4 places, else rounded once: the only rounding of a ratio. */
    private static BigDecimal ratio(long p, long q) {
        BigInteger scaled = BigInteger.valueOf(p).multiply(BigInteger.TEN.pow(4));
        BigInteger[] quotientAndRemainder = scaled.divideAndRemainder(BigInteger.valueOf(q));
        BigInteger quotient = quotientAndRemainder[0];
        int twiceRemainderAgainstDivisor = quotientAndRemainder[1].shiftLeft(1).compareTo(BigInteger.valueOf(q));
        if (twiceRemainderAgainstDivisor > 0 || twiceRemainderAgainstDivisor == 0 && quotient.testBit(0)) {
            quotient = quotient.add(BigInteger.ONE);
        }
        return new BigDecimal(quotient, 4);
    }

    private static BigDecimal single(Question.Single q, Response.Choice r) {
        return r.key() != null && r.key().toUpperCase(Locale.ROOT).equals(q.correctChoice().toUpperCase(Locale.ROOT))
                ? BigDecimal.ONE
                : BigDecimal.ZERO;
    }

    private static BigDecimal multiple(Question.Multiple q, Response.Choices r) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String key : r.keys()) {
            chosen.add(key.toUpperCase(Locale.ROOT));
        }
        Set<String> correct = new LinkedHashSet<>();
        for (String key : q.correct()) {
            correct.add(key.toUpperCase(Locale.ROOT));
        }
        if (chosen.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return switch (q.scoring()) {
            case allOrNothing -> chosen.equals(correct) ? BigDecimal.ONE : BigDecimal.ZERO;
            case rightMinusWrong -> {
                long right = 0;
                long wrong = 0;
                for (String key : chosen) {
                    if (correct.contains(key)) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
                yield right - wrong <= 0 ? BigDecimal.ZERO : ratio(right - wrong, correct.size());
            }
            case weighted -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (QuizDocument.Choice choice : q.choices()) {
                    if (chosen.contains(choice.key().toUpperCase(Locale.ROOT)) && choice.fraction() != null) {
                        sum = sum.add(choice.fraction());
                    }
                }
                yield clamped(sum);
            }
        };
    }

    private static BigDecimal clamped(BigDecimal f) {
        if (f.compareTo(BigDecimal.ZERO) < 0) {
            return BigDecimal.ZERO;
        }
        if (f.compareTo(BigDecimal.ONE) > 0) {
            return BigDecimal.ONE;
        }
        return f;
    }

    private static BigDecimal shortText(Question.ShortText q, Response.Text r) {
        if (r.text() == null) {
            return BigDecimal.ZERO;
        }
        int[] given = comparable(r.text(), q.caseSensitive());
        if (given.length == 0) {
            return BigDecimal.ZERO;
        }
        for (Question.TextAnswer answer : q.answers()) {
            int[] accepted = comparable(answer.text(), q.caseSensitive());
            boolean matches = answer.match() == Question.TextAnswer.Match.wildcard
                    ? wildcardMatches(tokens(accepted), 0, given, 0)
                    : Arrays.equals(accepted, given);
            if (matches) {
                return clamped(answer.fraction());
            }
        }
        return BigDecimal.ZERO;
    }

    /** NFC, trimmed, inner whitespace runs as one space, then case-folded code point by code point if asked. */
    static int[] comparable(String text, boolean caseSensitive) {
        int[] codePoints = Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().toArray();
        List<Integer> out = new ArrayList<>();
        boolean pendingSpace = false;
        for (int cp : codePoints) {
            if (isWhiteSpace(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.add((int) ' ');
            }
            pendingSpace = false;
            out.add(caseSensitive ? cp : Character.toLowerCase(Character.toUpperCase(cp)));
        }
        int[] result = new int[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static boolean isWhiteSpace(int cp) {
        for (int w : WHITE_SPACE) {
            if (w == cp) {
                return true;
            }
        }
        return false;
    }

    /** The pattern as code points, a star that stands for any run written as -1 and {@code \*} as a plain star. */
    private static int[] tokens(int[] pattern) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i] == '\\' && i + 1 < pattern.length && pattern[i + 1] == '*') {
                out.add((int) '*');
                i++;
            } else if (pattern[i] == '*') {
                out.add(-1);
            } else {
                out.add(pattern[i]);
            }
        }
        int[] result = new int[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static boolean wildcardMatches(int[] pattern, int p, int[] text, int t) {
        if (p == pattern.length) {
            return t == text.length;
        }
        if (pattern[p] == -1) {
            for (int rest = t; rest <= text.length; rest++) {
                if (wildcardMatches(pattern, p + 1, text, rest)) {
                    return true;
                }
            }
            return false;
        }
        return t < text.length && pattern[p] == text[t] && wildcardMatches(pattern, p + 1, text, t + 1);
    }

    private static BigDecimal numeric(Question.Numeric q, Response.Number r) {
        if (r.number() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal x = r.number();
        for (NumericAnswer answer : q.answers()) {
            BigDecimal low;
            BigDecimal high;
            switch (answer) {
                case NumericAnswer.Nominal n -> {
                    low = n.value().subtract(n.tolerance());
                    high = n.value().add(n.tolerance());
                }
                case NumericAnswer.Range range -> {
                    low = range.min();
                    high = range.max();
                }
            }
            if (low.compareTo(x) <= 0 && x.compareTo(high) <= 0) {
                return clamped(answer.fraction());
            }
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal matching(Question.Matching q, Response.Pairs r) {
        long right = 0;
        for (Question.Item stem : q.stems()) {
            String given = r.pairs().get(stem.key());
            if (given != null && given.equals(q.pairs().get(stem.key()))) {
                right++;
            }
        }
        long stems = q.stems().size();
        return switch (q.scoring()) {
            case perPair -> ratio(right, stems);
            case allOrNothing -> right == stems ? BigDecimal.ONE : BigDecimal.ZERO;
        };
    }

    private static BigDecimal ordering(Question.Ordering q, Response.Order r) {
        List<String> correct = new ArrayList<>();
        for (Question.Item item : q.items()) {
            correct.add(item.key());
        }
        List<String> given = r.keys();
        int n = correct.size();
        if (given.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return switch (q.scoring()) {
            case allOrNothing -> given.equals(correct) ? BigDecimal.ONE : BigDecimal.ZERO;
            case absolutePosition -> {
                long inPlace = 0;
                for (int i = 0; i < n && i < given.size(); i++) {
                    if (given.get(i).equals(correct.get(i))) {
                        inPlace++;
                    }
                }
                yield ratio(inPlace, n);
            }
            case longestOrderedSubset -> {
                int longest = longestOrderedSubsequence(given, correct);
                yield longest < 2 ? BigDecimal.ZERO : ratio(longest, n);
            }
        };
    }

    /** Tries every subsequence of the response (2^n of them) and keeps the longest in the correct relative order. */
    private static int longestOrderedSubsequence(List<String> given, List<String> correct) {
        int longest = 0;
        for (long mask = 0; mask < 1L << given.size(); mask++) {
            List<String> subsequence = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                if ((mask & 1L << i) != 0) {
                    subsequence.add(given.get(i));
                }
            }
            if (inCorrectRelativeOrder(subsequence, correct)) {
                longest = Math.max(longest, subsequence.size());
            }
        }
        return longest;
    }

    private static boolean inCorrectRelativeOrder(List<String> subsequence, List<String> correct) {
        for (int i = 0; i + 1 < subsequence.size(); i++) {
            if (correct.indexOf(subsequence.get(i)) >= correct.indexOf(subsequence.get(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
