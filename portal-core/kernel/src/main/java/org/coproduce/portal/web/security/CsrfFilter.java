package org.coproduce.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a page form posted without this session's form token (403 with a page that says what to do). The
 * JSON API is not covered here: it changes nothing for a session alone, only with a bearer token. File upload
 * forms ({@code multipart/form-data}) carry the token as a part of their own; a request over the upload size
 * limit (the servlet's multipart configuration) is refused with 413.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean changes = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()));
        String given = null;
        if (changes && !path.startsWith("/api/")) {
            try {
                given = token(request);
            } catch (IllegalStateException tooLarge) {
                refuseTooLarge(request, response);
                return;
            }
        }
        if (changes && !path.startsWith("/api/") && !CsrfTokens.matches(request.getSession(false), given)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>Please try again"
                    + "</title></head><body><main><h1>Please try again</h1><p>This form has expired or did not come "
                    + "from this site. Please go back, reload the page and send the form again.</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">Go to the home page</a></p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The form token: a parameter, or for uploads (when the container does not offer parts as parameters) a part. */
    private static String token(HttpServletRequest request) throws IOException, ServletException {
        String given = request.getParameter(CsrfTokens.PARAMETER);
        String type = request.getContentType();
        if (given == null && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            jakarta.servlet.http.Part part = request.getPart(CsrfTokens.PARAMETER);
            if (part != null && part.getSize() <= 200) {
                try (var in = part.getInputStream()) {
                    given = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                }
            }
        }
        return given;
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><title>The file is too large"
                + "</title></head><body><main><h1>The file is too large</h1><p>Files can be at most 10 MB. Please go "
                + "back and choose a smaller file, or split the document into parts.</p>"
                + "<p><a href=\"" + request.getContextPath() + "/\">Go to the home page</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}
