package dev.quizbank.quiz.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import dev.quizbank.http.RateLimited;

/**
 * QuizReadRoute answers QuizResource's two reads before Quarkus REST: whatever those methods declare
 * that the route does not honour (a role, a rate limit, another parameter or header) fails here.
 */
class ReadRouteContractTest {

    @Test
    void shouldHonourAllThatTheReadsDeclare() {
        assertThat(ReadRouteContract.unhonoured())
                .as("QuizResource.get and .questions declare what QuizReadRoute does not honour: teach the route "
                        + "(and ReadRouteContract), or let Quarkus REST answer those reads")
                .isEmpty();
    }

    @Test
    void shouldNotHonourRolesRateLimitsOrOtherInputs() {
        assertThat(ReadRouteContract.unhonoured("get", annotation(RolesAllowed.class, new String[] {"learner"}),
                annotation(RateLimited.class, null), annotation(HeaderParam.class, "Accept-Language"),
                annotation(QueryParam.class, "page")))
                .hasSize(4);
        assertThat(ReadRouteContract.unhonoured("get", annotation(PermitAll.class, null), annotation(HeaderParam.class, "If-None-Match"),
                annotation(QueryParam.class, "version"), annotation(BeanParam.class, null), annotation(Valid.class, null),
                annotation(PathParam.class, "id")))
                .isEmpty();
        assertThat(ReadRouteContract.unhonoured("get", annotation(PathParam.class, "quizId"), annotation(QueryParam.class, "v")))
                .hasSize(2);
    }

    /** An annotation as reflection would find it, made here so that no class of the test application carries it. */
    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A annotation(Class<A> type, Object value) {
        return (A) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) ->
                switch (method.getName()) {
                    case "annotationType" -> type;
                    case "value" -> value;
                    case "toString" -> "@" + type.getSimpleName() + "(" + value + ")";
                    default -> method.getDefaultValue();
                });
    }
}
