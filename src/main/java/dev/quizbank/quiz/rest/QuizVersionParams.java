package dev.quizbank.quiz.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The quiz a request names by its path, {@code /quizzes/{id}}, and the version its {@code version} query
 * parameter pins (the Version parameter): 1 to 999,999,999, without leading zeros, so that one version
 * has one URL. Without it, the current version. A class, not a record, whose parameters SmallRye OpenAPI
 * documents twice (smallrye/smallrye-open-api#2325); each reference names its parameter, without which
 * SmallRye keeps only the first of them (smallrye/smallrye-open-api#2643).
 */
public class QuizVersionParams {

    public static final String VERSION = "version";
    public static final String VERSION_PATTERN = "[1-9][0-9]{0,8}";

    @Parameter(ref = "QuizId", name = "id", in = ParameterIn.PATH)
    @PathParam("id")
    String id;

    @Parameter(ref = "Version", name = VERSION, in = ParameterIn.QUERY)
    @QueryParam(VERSION)
    @Pattern(regexp = VERSION_PATTERN, message = "must be a whole number from 1")
    String version;

    public String id() {
        return id;
    }

    /** The version as the query names it; null for the current one. */
    public String version() {
        return version;
    }

    /** The version pinned, or null for the current one. */
    public Integer versionNumber() {
        return version == null ? null : Integer.valueOf(version);
    }
}
