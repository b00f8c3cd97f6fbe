package dev.quizbank.problem;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Where the invalid fields of a {@code @BeanParam} (such as the quiz id and version) are in the request.
 * quarkus-resteasy-problem 3.21 places them in the body; the field's own annotation says where they are.
 * Its next release reads that annotation itself (quarkiverse/quarkus-resteasy-problem#516), and this goes.
 */
final class BeanParamPlaces {

    private BeanParamPlaces() {
    }

    /** The place of each violated bean parameter field, by name: empty for any other failure. */
    static Map<String, String> of(Throwable cause) {
        Map<String, String> places = new HashMap<>();
        if (!(cause instanceof ConstraintViolationException exception)) {
            return places;
        }
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String name = null;
            for (Path.Node node : violation.getPropertyPath()) {
                name = node.getName();
            }
            Object leaf = violation.getLeafBean();
            if (name == null || leaf == null) {
                continue;
            }
            try {
                Field field = leaf.getClass().getDeclaredField(name);
                String place = field.isAnnotationPresent(QueryParam.class) ? "query"
                        : field.isAnnotationPresent(PathParam.class) ? "path"
                        : field.isAnnotationPresent(HeaderParam.class) ? "header" : null;
                if (place != null) {
                    places.put(name, place);
                }
            } catch (NoSuchFieldException notAField) {
                // A parameter of the method itself, which the problem extension places.
            }
        }
        return places;
    }
}
