package dev.quizbank.quiz.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the two reads need is declared once, by {@link QuizResource}'s methods {@code get} and
 * {@code questions}: who may call them (anyone: no role), what limits them (no rate limit), the path,
 * parameters and headers they read. {@link QuizReadRoute} answers the same reads before Quarkus REST, and
 * honours only the declarations listed here; should those methods declare anything else (a role, a rate
 * limit, another header), the route steps aside and Quarkus REST answers every read as the methods say.
 * {@code ReadRouteContractTest} fails first.
 */
final class ReadRouteContract {

    /** QuizResource's path; the methods the route answers for, with the path each declares under it. */
    static final String RESOURCE_PATH = "/quizzes";
    static final Map<String, String> READS = Map.of("get", "{id}", "questions", "{id}/questions");

    private static final Predicate<Annotation> ANY = annotation -> true;
    private static final Map<Class<? extends Annotation>, Predicate<Annotation>> HONOURED = Map.ofEntries(
            // Matched and read as the route does: GET, JSON, the same path, parameters, headers and version rule.
            Map.entry(GET.class, ANY),
            Map.entry(Path.class, ANY),
            Map.entry(Produces.class, annotation -> Arrays.equals(((Produces) annotation).value(), new String[] {APPLICATION_JSON})),
            Map.entry(BeanParam.class, ANY),
            Map.entry(Valid.class, ANY),
            Map.entry(PathParam.class, annotation -> ((PathParam) annotation).value().equals("id")),
            Map.entry(QueryParam.class, annotation -> ((QueryParam) annotation).value().equals(QuizVersionParams.VERSION)),
            Map.entry(HeaderParam.class, annotation -> Set.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT_ENCODING)
                    .contains(((HeaderParam) annotation).value())),
            Map.entry(Pattern.class, annotation -> ((Pattern) annotation).regexp().equals(QuizVersionParams.VERSION_PATTERN)),
            // Anyone may read; a token that is sent is checked first either way.
            Map.entry(PermitAll.class, ANY),
            // Documentation.
            Map.entry(Operation.class, ANY),
            Map.entry(APIResponse.class, ANY),
            Map.entry(APIResponses.class, ANY),
            Map.entry(Parameter.class, ANY),
            Map.entry(Tag.class, ANY));

    private ReadRouteContract() {
    }

    /** What QuizResource declares for the two reads that the route does not honour; empty while they agree. */
    static List<String> unhonoured() {
        List<String> found = new ArrayList<>();
        Class<?> resource = QuizResource.class;
        String name = resource.getSimpleName();
        found.addAll(unhonoured(name, resource.getAnnotations()));
        Path path = resource.getAnnotation(Path.class);
        if (path == null || !path.value().equals(RESOURCE_PATH)) {
            found.add(name + ": a path other than " + RESOURCE_PATH);
        }
        READS.forEach((methodName, methodPath) -> {
            String where = name + "." + methodName;
            Method method = Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(methodName))
                    .findFirst().orElse(null);
            if (method == null) {
                found.add(where + ": missing");
                return;
            }
            found.addAll(unhonoured(where, method.getAnnotations()));
            Path declared = method.getAnnotation(Path.class);
            if (declared == null || !declared.value().equals(methodPath)) {
                found.add(where + ": a path other than " + methodPath);
            }
            java.lang.reflect.Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                found.addAll(unhonoured(where + " parameter " + i, parameters[i].getAnnotations()));
                if (parameters[i].isAnnotationPresent(BeanParam.class)) {
                    // What the parameter's fields declare, as Quarkus REST reads them.
                    for (Field field : parameters[i].getType().getDeclaredFields()) {
                        found.addAll(unhonoured(where + " parameter " + i + " field " + field.getName(), field.getAnnotations()));
                    }
                }
            }
        });
        return found;
    }

    /** Those of {@code annotations}, found on {@code where}, that the route does not honour, each named with its place. */
    static List<String> unhonoured(String where, Annotation... annotations) {
        return Arrays.stream(annotations)
                .filter(annotation -> !HONOURED.getOrDefault(annotation.annotationType(), unknown -> false).test(annotation))
                .map(annotation -> where + ": " + annotation)
                .toList();
    }
}
