package dev.quizbank.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/** RouteOrder copies the orders of Quarkus's own routes, which are no public API: a Quarkus upgrade that moves them fails here. */
class RouteOrderTest {

    @Test
    void shouldPlaceTheReadsAroundQuarkusSecurity() {
        assertThat(RouteOrder.QUARKUS_AUTHENTICATION).isEqualTo(-SecurityHandlerPriorities.AUTHENTICATION);
        assertThat(RouteOrder.READ_WITHOUT_CREDENTIALS).isLessThan(-SecurityHandlerPriorities.AUTHENTICATION)
                .isGreaterThan(-SecurityHandlerPriorities.CORS);
        assertThat(RouteOrder.READ_AFTER_SECURITY).isEqualTo(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .isGreaterThan(-SecurityHandlerPriorities.AUTHORIZATION);
    }

    @Test
    void shouldRunTheRoutesInTheOrderTheJavadocTells() {
        assertThat(new int[] {RouteOrder.GATE, RouteOrder.CONTENT_POLICIES, RouteOrder.CROSS_ORIGIN, RouteOrder.SOURCE_BODY,
                RouteOrder.BODY, RouteOrder.WEB_CLIENT_HEADERS, RouteOrder.READ_WITHOUT_CREDENTIALS, RouteOrder.QUARKUS_AUTHENTICATION,
                RouteOrder.READ_AFTER_SECURITY, RouteOrder.UNEXPECTED_FAILURES}).isSorted().doesNotHaveDuplicates();
    }
}
