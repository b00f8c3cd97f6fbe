package dev.quizbank.support;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST-assured exchange of every test against the committed {@code openapi/openapi.yaml}
 * (for every {@code @QuarkusTest} through a service file in {@code src/test/resources/META-INF/services},
 * for plain JUnit tests with {@code @ExtendWith}):
 * <ul>
 * <li>every response must match the document: status, media type, body schema, headers;</li>
 * <li>a request that breaks the document must have been refused with a 4xx;</li>
 * <li>an undocumented path or method must be answered with a 404 or 405 problem.</li>
 * </ul>
 * CORS preflights (OPTIONS with Access-Control-Request-Method) belong to the browser's protocol, not
 * to the API, and are not checked.
 * The service's own {@code /q/} endpoints (health, metrics, OpenAPI) are not part of the document.
 */
public final class OpenApiContract implements Filter, BeforeAllCallback, QuarkusTestBeforeEachCallback {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toAbsolutePath().toUri().toString())
            .build();
    private static final OpenApiContract FILTER = new OpenApiContract();
    private static final List<String> UNDOCUMENTED = List.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    /** For plain JUnit tests. */
    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    /** For {@code @QuarkusTest}s, whose REST-assured lives in Quarkus's class loader. */
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    private static void install() {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public io.restassured.response.Response filter(FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec, FilterContext context) {
        io.restassured.response.Response response = context.next(requestSpec, responseSpec);
        String path = requestSpec.getUserDefinedPath().isEmpty() ? requestSpec.getURI() : requestSpec.getUserDefinedPath();
        boolean preflight = "OPTIONS".equals(requestSpec.getMethod())
                && requestSpec.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
        if (!path.startsWith("/q/") && !preflight) {
            List<String> problems = problems(RestAssuredRequest.of(requestSpec), RestAssuredResponse.of(response));
            if (!problems.isEmpty()) {
                throw new AssertionError("The exchange " + requestSpec.getMethod() + " " + requestSpec.getURI() + " → "
                        + response.statusCode() + " breaks openapi/openapi.yaml:\n- " + String.join("\n- ", problems)
                        + "\nBody: " + response.asString());
            }
        }
        return response;
    }

    /** Every way in which the exchange breaks the document; empty when it keeps to it. */
    public static List<String> problems(Request request, Response response) {
        ValidationReport requestReport = VALIDATOR.validateRequest(request);
        boolean undocumented = requestReport.getMessages().stream().anyMatch(m -> UNDOCUMENTED.contains(m.getKey()));
        if (undocumented) {
            boolean refused = (response.getStatus() == 404 || response.getStatus() == 405)
                    && response.getHeaderValue("Content-Type").orElse("").startsWith("application/problem+json");
            return refused ? List.of() : List.of("an undocumented operation answered " + response.getStatus());
        }
        ValidationReport responseReport = VALIDATOR.validateResponse(request.getPath(), request.getMethod(), response);
        Stream<ValidationReport.Message> requestErrors = response.getStatus() >= 400 && response.getStatus() < 500
                ? Stream.empty()
                : requestReport.getMessages().stream();
        return Stream.concat(requestErrors, responseReport.getMessages().stream())
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

}
