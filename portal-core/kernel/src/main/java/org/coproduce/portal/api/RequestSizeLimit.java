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
 * length: the API's inputs are small, and a megabyte string is not one of them.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestSizeLimit implements ContainerRequestFilter {

    static final int LIMIT = 256 * 1024;
    private static final String MESSAGE = "The request is too large: the API accepts at most 256 KB.";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > LIMIT) {
            request.abortWith(ErrorResponses.of(413, "too_large", MESSAGE));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
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
            if (read > LIMIT) {
                throw new Problem(Problem.Kind.TOO_LARGE, "too_large", MESSAGE);
            }
        }
    }
}
