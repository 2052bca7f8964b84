package org.coproduce.portal.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.plugin.Problem;

/**
 * Anything else: an unreadable body wrapped by the runtime becomes a 400; a real failure is logged with an
 * incident id and answered with a 500 that shows the id and no stack trace.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return ErrorResponses.of(problem);
            }
            if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
                return new UnreadableBodyMapper().toResponse(new JsonbException(cause.getMessage()));
            }
        }
        if (exception instanceof ProcessingException) {
            return ErrorResponses.of(400, "bad_request", "The request body could not be read.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return ErrorResponses.of(500, "server_error", "Something went wrong on our side. Please try again later; "
                + "if it keeps happening, tell an administrator the incident number " + incident + ".");
    }
}
