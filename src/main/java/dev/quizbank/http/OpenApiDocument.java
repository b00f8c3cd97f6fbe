package dev.quizbank.http;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the document the annotations describe, in one place: every operation can meet the
 * refusals of the HTTP layer ({@link RequestGate}) and a 401 for a bad token, documented once under
 * {@code components/responses} in {@code META-INF/openapi.yaml}; and the problem extension's own
 * schemas, which no operation uses, are removed (errors use the {@code Problem} schema, whose
 * {@code type} may be a relative reference). It runs at build time only, so that a start serves the
 * document the build wrote instead of building it again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiDocument implements OASFilter {

    private static final List<String> UNUSED = List.of("HttpProblem", "HttpValidationProblem", "Violation1");
    /** Sorted, so that the generated document is the same on every build. */
    private static final Map<String, String> EVERY_OPERATION = new TreeMap<>(Map.of(
            "401", "Unauthorized", "405", "MethodNotAllowed", "406", "NotAcceptable", "414", "UriTooLong",
            "431", "HeadersTooLarge"));
    private static final Map<String, String> WITH_A_BODY = new TreeMap<>(Map.of(
            "408", "RequestTimeout", "413", "ContentTooLarge", "415", "UnsupportedMediaType"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            UNUSED.forEach(openAPI.getComponents()::removeSchema);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
                refer(operation, EVERY_OPERATION);
                if (operation.getRequestBody() != null) {
                    refer(operation, WITH_A_BODY);
                }
            }));
        }
    }

    private static void refer(Operation operation, Map<String, String> responses) {
        responses.forEach((status, name) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status,
                        OASFactory.createAPIResponse().ref("#/components/responses/" + name));
            }
        });
    }
}
