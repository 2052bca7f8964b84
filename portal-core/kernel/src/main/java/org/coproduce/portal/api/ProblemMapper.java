package org.coproduce.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coproduce.plugin.Problem;

/** A {@link Problem} becomes its 4xx with the JSON error body. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Problem> {

    @Override
    public Response toResponse(Problem problem) {
        return ErrorResponses.of(problem);
    }
}
