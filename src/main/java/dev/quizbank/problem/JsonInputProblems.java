package dev.quizbank.problem;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Request bodies that are not JSON, or JSON of the wrong shape, are answered with 400 naming the
 * offending field in words for API clients: Jackson's own messages name Java types. Done on the
 * finished problem because Jackson failures reach several mappers, some wrapped.
 */
@ApplicationScoped
public class JsonInputProblems implements ProblemPostProcessor {

    @Override
    public int priority() {
        return ProblemChain.JSON_INPUT;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        JsonProcessingException cause = jsonCause(context.cause);
        return cause == null || problem.getStatusCode() != 400 ? problem : problem(cause, problem.getInstance());
    }

    /** Quarkus maps this one itself, outside the problem extension, with an empty body. */
    @ServerExceptionMapper(priority = ProblemChain.AHEAD_OF_EXTENSION)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return ProblemChain.answer(problem(e, URI.create(uri.getPath())), e, uri);
    }

    private static HttpProblem problem(JsonProcessingException cause, URI instance) {
        Problems.Violation violation;
        String detail;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            detail = "The request body has a field this operation does not take.";
            violation = new Problems.Violation(path(unknown), "body", "is not a field of this request");
        } else if (isDuplicateKey(cause)) {
            detail = "The request body names a field twice.";
            violation = new Problems.Violation(parserPath(cause), "body", "appears more than once");
        } else if (cause instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            detail = "The request body does not have the expected shape.";
            violation = field.isEmpty()
                    ? new Problems.Violation("body", "body", "must be a JSON object")
                    : new Problems.Violation(field, "body", "must be " + expected(mismatch.getTargetType()));
        } else {
            detail = "The request body is not valid JSON.";
            violation = new Problems.Violation("body", "body", "is not valid JSON" + (cause.getLocation() == null ? ""
                    : " (line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr() + ")"));
        }
        return HttpProblem.builder(Problems.badRequest(detail, List.of(violation)))
                .withInstance(instance)
                .build();
    }

    /** Jackson's strict duplicate detection has no exception type of its own; HttpHygieneTest's repeated-key test pins the text. */
    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field ")
                && e.getProcessor() instanceof JsonParser;
    }

    /** Where the parser stood when it met the duplicate, as {@code answers[2].choice}. */
    private static String parserPath(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = ((JsonParser) e.getProcessor()).getParsingContext(); at != null && !at.inRoot();
                at = at.getParent()) {
            path.insert(0, at.inArray() ? "[" + at.getCurrentIndex() + "]"
                    : (at.getParent() != null && at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static JsonProcessingException jsonCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }
}
