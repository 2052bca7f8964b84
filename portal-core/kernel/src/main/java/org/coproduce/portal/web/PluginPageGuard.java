package org.coproduce.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coproduce.portal.plugin.PluginRegistry;

/** A plugin's pages ({@code /plugins/<id>/...}) answer 404 while the plugin is disabled or unknown. */
@WebFilter(filterName = "pluginPages", urlPatterns = "/plugins/*")
public class PluginPageGuard extends HttpFilter {

    @Inject
    PluginRegistry registry;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + "/plugins/".length());
        int slash = rest.indexOf('/');
        String id = slash < 0 ? rest : rest.substring(0, slash);
        if (!registry.isActive(id)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
