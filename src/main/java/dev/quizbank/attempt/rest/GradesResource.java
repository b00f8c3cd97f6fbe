package dev.quizbank.attempt.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.attempt.Grades;
import dev.quizbank.attempt.service.GradeBook;
import dev.quizbank.http.Paging;
import dev.quizbank.identity.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** Learners' grades at a quiz by its gradingMethod. */
@Path("/quizzes")
@Tag(name = "Attempts")
public class GradesResource {

    private final GradeBook grades;
    private final SecurityIdentity identity;

    GradesResource(GradeBook grades, SecurityIdentity identity) {
        this.grades = grades;
        this.identity = identity;
    }

    @GET
    @Path("{id}/grades")
    @RolesAllowed({Caller.LEARNER, Caller.AUTHOR})
    @Produces(APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getGrades", summary = "Grades at a quiz",
            description = "Role author: every learner's grade; role learner: the caller's own (no item before their first graded"
                    + " attempt). A grade takes a learner's graded attempts at every version of the quiz by its current"
                    + " gradingMethod; attempts in progress and anonymous ones do not count. One page of learners at a time, by id.")
    @APIResponse(responseCode = "200", description = "One page of learners' grades",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = Grades.class), examples = {
                    @ExampleObject(name = "highest", value = Examples.GRADES_HIGHEST),
                    @ExampleObject(name = "average", value = Examples.GRADES_AVERAGE)}))
    @APIResponse(responseCode = "400", ref = "InvalidPage")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "QuizNotFound")
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public Grades grades(@Parameter(ref = "QuizId") @PathParam("id") String id,
            @Parameter(ref = "Page") @QueryParam("page") @DefaultValue("0") @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE) String page,
            @Parameter(ref = "Size") @QueryParam("size") @DefaultValue("20") @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE) String size) {
        return grades.page(id, Caller.of(identity), Integer.parseInt(page), Integer.parseInt(size));
    }
}
