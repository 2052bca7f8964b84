package org.coproduce.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.portal.preferences.UiMessages;
import org.coproduce.portal.web.FacesPages;

/**
 * /unsubscribe?token=...: the link in a notification mail. It asks before it changes anything (mail scanners
 * open links), then turns that kind of mail off. No sign-in needed: the token is signed.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    Notifications notifications;

    @Inject
    UiMessages messages;

    private String token;
    private UnsubscribeTokens.Subject subject;
    private boolean done;

    /** View action: reads the token, or answers 400 with a message on the page. */
    public void load() {
        token = token == null ? FacesPages.request().getParameter("token") : token;
        subject = notifications.readToken(token).orElse(null);
        if (subject == null) {
            FacesPages.faces().getExternalContext().setResponseStatus(400);
        }
    }

    public String unsubscribe() {
        load();
        if (subject != null) {
            notifications.unsubscribe(token);
            done = true;
        }
        return null;
    }

    /** What the link stops, in words. */
    public String getLabel() {
        if (subject == null) {
            return "";
        }
        return Notifications.ALL.equals(subject.kind()) ? messages.get("unsubscribe.all")
                : messages.format("unsubscribe.kind", NotificationKinds.label(subject.kind(), messages));
    }

    public boolean isValid() {
        return subject != null;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
