package org.coproduce.portal.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.coproduce.plugin.Problem;

/**
 * Refuses JSON bodies over 256 KiB with 413 before they are read, whether or not the client declared a
 * length: the API's inputs are small, and a megabyte string is not one of them. Picture uploads (multipart
 * to {@code stories/{id}/pictures}) may hold up to 6 MB; the picture check refuses files over 5 MB itself.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int LIMIT = 256 * 1024;
    static final int UPLOAD_LIMIT = 6 * 1024 * 1024;
    private static final String MESSAGE = "The request is too large: the API accepts at most 256 KB.";
    private static final String UPLOAD_MESSAGE = "The upload is too large: a picture can be at most 5 MB.";
    private static final java.util.regex.Pattern UPLOAD_PATH = java.util.regex.Pattern.compile("/?stories/[^/]+/pictures/?");

    @Override
    public void filter(ContainerRequestContext request) {
        boolean upload = request.getMediaType() != null && request.getMediaType().isCompatible(
                jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA_TYPE)
                && UPLOAD_PATH.matcher(request.getUriInfo().getPath()).matches();
        int limit = upload ? UPLOAD_LIMIT : LIMIT;
        String message = upload ? UPLOAD_MESSAGE : MESSAGE;
        if (request.getLength() > limit) {
            request.abortWith(ErrorResponses.of(413, "too_large", message));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit, message));
    }

    private static final class Limited extends FilterInputStream {
        private final int limit;
        private final String message;
        private long read;

        Limited(InputStream in, int limit, String message) {
            super(in);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new Problem(Problem.Kind.TOO_LARGE, "too_large", message);
            }
        }
    }
}
