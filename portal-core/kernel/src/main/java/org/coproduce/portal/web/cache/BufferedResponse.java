package org.coproduce.portal.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back a response's body while the page renders, and notes the headers it sets, so the page can be sent
 * and kept as one. Headers, status and cookies still go to the real response as they are set; a cookie, an
 * error or a redirect marks the page as one that must not be kept.
 */
public class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final List<CachedPage.Header> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean keepable = true;

    public BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the page may be kept for others: a plain 200 that set no cookie. */
    public boolean keepable() {
        return keepable && getStatus() == SC_OK;
    }

    public List<CachedPage.Header> headers() {
        return List.copyOf(headers);
    }

    /** The body held back so far, as bytes. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends the body held back to the real response (nothing when there is none, as after an error). */
    public void sendBody() throws IOException {
        byte[] bytes = body();
        if (bytes.length == 0) {
            return;
        }
        HttpServletResponse real = (HttpServletResponse) getResponse();
        if (!real.isCommitted()) {
            real.setContentLength(bytes.length);
        }
        real.getOutputStream().write(bytes);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("no asynchronous writes to a page being kept");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held back until the page is complete
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
        headers.clear();
    }

    @Override
    public void setContentLength(int len) {
        // set from the real length when the body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // set from the real length when the body is sent
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        set("Content-Type", getContentType());
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        set(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        note(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        keepable = false;
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        keepable = false;
        super.addDateHeader(name, date);
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        keepable = false;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        keepable = false;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    private void set(String name, String value) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        note(name, value);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            keepable = false;
        }
        if (value != null) {
            headers.add(new CachedPage.Header(name, value));
        }
    }
}
