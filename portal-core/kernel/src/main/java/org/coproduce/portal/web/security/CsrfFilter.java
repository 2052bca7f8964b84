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
 * JSON API is not covered here: it changes nothing for a session alone, only with a bearer token.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*")
public class CsrfFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean changes = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod()));
        if (changes && !path.startsWith("/api/")
                && !CsrfTokens.matches(request.getSession(false), request.getParameter(CsrfTokens.PARAMETER))) {
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
}
