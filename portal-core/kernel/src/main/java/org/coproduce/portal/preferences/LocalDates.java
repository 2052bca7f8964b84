package org.coproduce.portal.preferences;

import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times in the words of the page's language: "26 November 2026" or "26 Tachwedd 2026". Times are
 * shown in UTC, as before.
 */
public final class LocalDates {

    private LocalDates() {
    }

    /** The language of the page being rendered, or English outside a page. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.UK;
    }

    /** "26 November 2026". */
    public static String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale()).withZone(ZoneOffset.UTC).format(instant);
    }

    /** "26 Nov 2026, 14:05 UTC". */
    public static String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale()).withZone(ZoneOffset.UTC).format(instant);
    }
}
