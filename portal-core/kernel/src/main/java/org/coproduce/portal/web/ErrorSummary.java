package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a page whose form has mistakes ({@code #{errorSummary.items}}): each field's
 * message as a link to the field, so a keyboard or screen reader user goes straight to it.
 */
@Named("errorSummary")
@RequestScoped
public class ErrorSummary {

    /** One field's message; {@code fieldId} is the input's client id (its {@code id} in the page). */
    public record Item(String fieldId, String message) {

        /** The link to the field. */
        public String href() {
            return "#" + fieldId;
        }
    }

    /** Read afresh each time: a postback asks before its action has added the messages. */
    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<String> ids = faces.getClientIdsWithMessages();
            while (ids.hasNext()) {
                String id = ids.next();
                if (id == null) {
                    continue;
                }
                for (FacesMessage message : faces.getMessageList(id)) {
                    if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                        items.add(new Item(id, message.getSummary()));
                    }
                }
            }
        }
        return items;
    }

    public boolean isShown() {
        return !getItems().isEmpty();
    }
}
