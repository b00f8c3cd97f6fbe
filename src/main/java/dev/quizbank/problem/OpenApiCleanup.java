package dev.quizbank.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The problem extension adds its own problem schemas, which no operation here uses: errors are
 * documented with the {@code Problem} schema of {@code META-INF/openapi.yaml}, whose {@code type}
 * may be a relative reference.
 */
public class OpenApiCleanup implements OASFilter {

    private static final List<String> UNUSED = List.of("HttpProblem", "HttpValidationProblem", "Violation1");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            UNUSED.forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
