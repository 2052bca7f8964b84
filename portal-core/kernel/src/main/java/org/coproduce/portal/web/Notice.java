package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The one-time message a page left for the next one ({@link FacesPages#flashInfo}), read once by the
 * template as {@code #{notice.text}}. Replaces the Faces flash, which creates a session for every visitor.
 */
@Named("notice")
@RequestScoped
public class Notice {

    static final String ATTRIBUTE = "coproduce.notice";

    private String text;
    private boolean read;

    public String getText() {
        if (!read) {
            read = true;
            HttpSession session = FacesPages.request().getSession(false);
            if (session != null) {
                text = (String) session.getAttribute(ATTRIBUTE);
                session.removeAttribute(ATTRIBUTE);
            }
        }
        return text;
    }
}
