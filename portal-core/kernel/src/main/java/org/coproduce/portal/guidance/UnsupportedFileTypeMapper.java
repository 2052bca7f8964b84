package org.coproduce.portal.guidance;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coproduce.portal.api.ErrorResponses;
import org.coproduce.portal.guidance.imports.UnsupportedFileType;

/** A file whose content cannot be imported: 415 with the JSON error body saying what was found and what works. */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class UnsupportedFileTypeMapper implements ExceptionMapper<UnsupportedFileType> {

    @Override
    public Response toResponse(UnsupportedFileType exception) {
        return ErrorResponses.of(415, "unsupported_file_type", exception.getMessage());
    }
}
