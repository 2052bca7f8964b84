package org.coproduce.portal.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coproduce.plugin.Problem;

/** Malformed JSON or a value of the wrong type: 400 with a message, never a 500 (a body over the size limit: 413). */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return ErrorResponses.of(problem);
            }
        }
        return ErrorResponses.of(400, "malformed_json", "The request body is not valid JSON of the expected shape: "
                + "please check the brackets, quotes and the type of each value.");
    }
}
