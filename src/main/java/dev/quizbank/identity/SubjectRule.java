package dev.quizbank.identity;

/**
 * A token's {@code sub} is whom its attempts belong to, so it must name someone: a string of 1 to 255
 * characters that is not blank and holds no control character and no half of a surrogate pair, which
 * would be stored as "?" and make different subjects one. smallrye-jwt requires the claim but accepts
 * {@code null}, {@code ""} or a NUL byte in it; {@link TokenShape} refuses such a token like any invalid one (401).
 */
public final class SubjectRule {

    private static final int MAX_LENGTH = 255;

    private SubjectRule() {
    }

    /** Whether {@code subject} names someone; the owners a quiz's settings list are held to the same rule. */
    public static boolean names(String subject) {
        return subject != null && !subject.isBlank() && subject.codePointCount(0, subject.length()) <= MAX_LENGTH
                && subject.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
    }
}
