package org.coproduce.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS runtime's own errors (unknown path, wrong method, unsupported media type, unreadable body) keep
 * their status and get the JSON error body with a readable message.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        Response.ResponseBuilder builder = Response.fromResponse(ErrorResponses.of(status, code(status), message(status)));
        if (exception.getResponse() != null && exception.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", exception.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "server_error" : "bad_request";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request could not be read. Please send valid JSON with the fields this endpoint expects.";
            case 401 -> "Please sign in first.";
            case 403 -> "You do not have permission to do this.";
            case 404 -> "There is nothing here. Please check the address.";
            case 405 -> "This address does not support that method.";
            case 406 -> "This address answers with JSON only.";
            case 413 -> "The request is too large.";
            case 415 -> "Please send JSON (Content-Type: application/json).";
            default -> status >= 500 ? "Something went wrong on our side. Please try again later."
                    : "The request could not be handled.";
        };
    }
}
