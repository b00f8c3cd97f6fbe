package dev.quizbank.attempt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An answer gives exactly one response field, as each shape of the OpenAPI {@code oneOf} requires: a sheet that
 * gives none or two is malformed whatever the quiz (400). Which field a question takes is for grading (422).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneResponse.Check.class)
public @interface OneResponse {

    String message() default "an answer has one response field: choice, choices, value, text, number, pairs or order";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OneResponse, AttemptRequest.Answer> {

        @Override
        public boolean isValid(AttemptRequest.Answer answer, ConstraintValidatorContext context) {
            List<String> given = Stream.of(answer.choice() == null ? null : "choice", answer.choices() == null ? null : "choices",
                    answer.value() == null ? null : "value", answer.text() == null ? null : "text",
                    answer.number() == null ? null : "number", answer.pairs() == null ? null : "pairs",
                    answer.order() == null ? null : "order").filter(f -> f != null).toList();
            if (given.size() <= 1) {
                return given.size() == 1;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("an answer has one response field, not " + String.join(" and ", given))
                    .addPropertyNode(given.get(1)).addConstraintViolation();
            return false;
        }
    }
}
