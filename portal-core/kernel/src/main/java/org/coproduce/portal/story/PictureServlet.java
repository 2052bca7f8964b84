package org.coproduce.portal.story;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;

/**
 * Serves story pictures to those who may read the story (a withdrawn story's pictures are gone with it).
 * The type comes from our own check at upload, never from the file; browsers are told not to guess
 * ({@code nosniff}) and to show the picture, not run or download it.
 */
@WebServlet(urlPatterns = "/pictures/*")
public class PictureServlet extends HttpServlet {

    @Inject
    transient Stories stories;

    @Inject
    transient PictureFiles files;

    @Inject
    transient RequestViewer viewer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        if (!PictureFiles.plausible(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoryPicture picture;
        try {
            picture = stories.servable(name, viewer.get());
        } catch (Problem notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> bytes = files.read(name);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(picture.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store"); // a withdrawn story's pictures go at once
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
