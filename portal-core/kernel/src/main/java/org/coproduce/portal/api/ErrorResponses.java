package org.coproduce.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduce.plugin.Problem;

/** Builds JSON error responses. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(error, message)).build();
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.kind().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(problem.code(), problem.getMessage(), problem.fields()));
        if (problem.retryAfterSeconds() > 0) {
            builder.header("Retry-After", problem.retryAfterSeconds());
        }
        if (problem.kind() == Problem.Kind.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }
}
