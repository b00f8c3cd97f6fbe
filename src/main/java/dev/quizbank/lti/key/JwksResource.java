package dev.quizbank.lti.key;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.quizbank.identity.Caller;
import dev.quizbank.problem.ProblemChain;
import dev.quizbank.problem.ProblemType;
import dev.quizbank.problem.Problems;

@Path("/lti")
@Produces(APPLICATION_JSON)
@Tag(name = "LTI")
public class JwksResource {

    /** Platforms may cache the keyset this long; a new key is published well before it signs anything. */
    private static final int MAX_AGE_SECONDS = 300;

    private final ToolKeys keys;

    JwksResource(ToolKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("jwks")
    @Operation(operationId = "getToolJwks", summary = "The tool's public keys (JWKS, each with its kid), for platforms to verify what it signs")
    @APIResponse(responseCode = "200", description = "The current key and any replaced one still in its overlap")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(keys.published().toJSONObject(true)).cacheControl(cache).build();
    }

    @POST
    @Path("keys/rotation")
    @RolesAllowed(Caller.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "rotateToolKey", summary = "Replace the tool's generated key now (role admin); the old one stays published for the overlap")
    @APIResponse(responseCode = "200", description = "The new key's kid")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "ToolKeyConfigured")
    public Map<String, String> rotate() {
        return Map.of("kid", keys.rotate());
    }

    @ServerExceptionMapper
    public Response configured(KeyIsConfigured e, UriInfo uri) {
        return ProblemChain.answer(Problems.of(ProblemType.TOOL_KEY_CONFIGURED,
                "The tool's key is configured (QUIZ_LTI_KEY_PRIVATE_KEY_LOCATION): replace the key there."), e, uri);
    }
}
