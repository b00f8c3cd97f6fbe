package dev.quizbank.lti.platform.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.quizbank.identity.Caller;
import dev.quizbank.lti.platform.PlatformOrigins;
import dev.quizbank.lti.platform.PlatformRegistration;
import dev.quizbank.lti.platform.PlatformRegistry;
import dev.quizbank.problem.Problems;

@Path("/lti/platforms")
@RolesAllowed({Caller.AUTHOR, Caller.ADMIN})
@SecurityRequirement(name = "bearer")
@Produces(APPLICATION_JSON)
@Tag(name = "LTI", description = "Quizbank as an LTI 1.3 tool in Moodle, Canvas and other platforms (docs/lti.md)")
public class PlatformResource {

    private final PlatformRegistry registry;
    private final PlatformOrigins origins;

    PlatformResource(PlatformRegistry registry, PlatformOrigins origins) {
        this.registry = registry;
        this.origins = origins;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "registerPlatform", summary = "Register a platform and its deployments (role author or admin)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PlatformView.class)))
    @APIResponse(responseCode = "400", ref = "InvalidRegistration")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "PlatformExists")
    public Response register(@Valid @NotNull PlatformRegistration registration) {
        PlatformView view = PlatformView.of(registry.register(registration));
        origins.refresh();
        return Response.created(URI.create("/lti/platforms/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listPlatforms", summary = "The registered platforms (role author or admin)")
    @APIResponse(responseCode = "200", description = "Every registration, oldest first")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<PlatformView> list() {
        return registry.all().stream().map(PlatformView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPlatform", summary = "One registered platform (role author or admin)")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "PlatformNotFound")
    public PlatformView one(@PathParam("id") long id) {
        return registry.byId(id).map(PlatformView::of).orElseThrow(() -> noPlatform(id));
    }

    @POST
    @Path("{id}/deployments")
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "addDeployment", summary = "Add a deployment id to a platform; adding one twice changes nothing (role author or admin)")
    @APIResponse(responseCode = "200", description = "The registration with the deployment")
    @APIResponse(responseCode = "400", ref = "InvalidRegistration")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "PlatformNotFound")
    public PlatformView addDeployment(@PathParam("id") long id, @Valid @NotNull NewDeployment deployment) {
        return registry.addDeployment(id, deployment.deploymentId()).map(PlatformView::of).orElseThrow(() -> noPlatform(id));
    }

    private static RuntimeException noPlatform(long id) {
        return Problems.notFound("There is no platform registration " + id + ".");
    }
}
