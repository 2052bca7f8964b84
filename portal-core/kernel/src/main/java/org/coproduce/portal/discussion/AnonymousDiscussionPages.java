package org.coproduce.portal.discussion;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.web.cache.AnonymousPageCache;
import org.coproduce.portal.web.cache.BufferedResponse;
import org.coproduce.portal.web.cache.CachedPage;
import org.coproduce.portal.web.cache.ContentChanges;

/**
 * Serves the discussion pages that anonymous readers see (the index, a category, a thread) from
 * {@link AnonymousPageCache}: rendered once per content generation, address, language and cookies. Readers who
 * are signed in, have a session or send credentials always get a freshly rendered page. A thread's view is
 * still counted for every reader served from the cache. A kept page is sent with an {@code Age} header (seconds
 * since it was rendered), as HTTP caches do.
 */
@WebFilter(filterName = "anonymousDiscussionPages", urlPatterns = "/discussions/*")
public class AnonymousDiscussionPages extends HttpFilter {

    private static final Set<String> PAGES = Set.of("/discussions/", "/discussions", "/discussions/index",
            "/discussions/category", "/discussions/thread");
    private static final String THREAD = "/discussions/thread";

    @Inject
    AnonymousPageCache cache;

    @Inject
    ThreadViews views;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!cache.enabled() || !"GET".equals(request.getMethod()) || !PAGES.contains(path) || !anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, path);
        Optional<CachedPage> kept = cache.find(key);
        if (kept.isPresent()) {
            countView(request, path);
            send(kept.get(), response);
            return;
        }
        long generation = ContentChanges.generation();
        long started = System.nanoTime();
        BufferedResponse buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        if (buffered.keepable() && request.getSession(false) == null) {
            cache.keep(key, new CachedPage(buffered.body(), buffered.headers(), generation, started));
        }
        buffered.sendBody();
    }

    private static boolean anonymous(HttpServletRequest request) {
        return request.getSession(false) == null && request.getUserPrincipal() == null
                && request.getHeader("Authorization") == null;
    }

    /** The address with its query, and what a page may depend on beyond it: the language asked for, the cookies. */
    private static String key(HttpServletRequest request, String path) {
        return path + '?' + nullToEmpty(request.getQueryString()) + '\n' + nullToEmpty(request.getHeader("Accept-Language"))
                + '\n' + nullToEmpty(request.getHeader("Cookie"));
    }

    private void countView(HttpServletRequest request, String path) {
        if (!THREAD.equals(path)) {
            return;
        }
        Long threadId = DiscussionPages.id(request.getParameter("id"));
        if (threadId != null) {
            views.record(threadId, ThreadViews.viewerKey(Viewer.ANONYMOUS, request.getRemoteAddr(),
                    request.getHeader("User-Agent")));
        }
    }

    private static void send(CachedPage page, HttpServletResponse response) throws IOException {
        Set<String> set = new HashSet<>();
        for (CachedPage.Header header : page.headers()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            if ("content-type".equals(name)) {
                response.setContentType(header.value());
            } else if (set.add(name)) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setHeader("Age", Long.toString((System.nanoTime() - page.renderedAtNanos()) / 1_000_000_000L));
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
