package org.coproduce.portal.story;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** What the story pages share: dates in words, whole numbers from the query string, error pages. */
final class PageSupport {


    private PageSupport() {
    }

    /** "26 November 2026", or empty. */
    static String date(Instant instant) {
        return org.coproduce.portal.preferences.LocalDates.date(instant);
    }

    /** A whole number from the query string, or {@code fallback} when missing or not a number. */
    static int number(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A positive id from the query string, or -1. */
    static long id(String value) {
        try {
            long id = value == null ? -1 : Long.parseLong(value.strip());
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Ends the request with an error page (403, 404). */
    static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
