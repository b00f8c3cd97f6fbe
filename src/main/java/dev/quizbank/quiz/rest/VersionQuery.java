package dev.quizbank.quiz.rest;

/**
 * The {@code version} query parameter that pins a quiz version (the Version parameter): 1 to 999,999,999,
 * without leading zeros, so that one version has one URL. Its absence means the current version.
 */
public final class VersionQuery {

    public static final String NAME = "version";
    public static final String PATTERN = "[1-9][0-9]{0,8}";
    public static final String MESSAGE = "must be a whole number from 1";

    private VersionQuery() {
    }
}
