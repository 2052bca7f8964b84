package org.coproduce.portal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;

/**
 * Ties each field's error message to its field: before a page renders, every {@code h:message} whose field has a
 * message gets an id, and the field gets {@code aria-invalid="true"} and {@code aria-describedby} naming that
 * message, so a screen reader reads the error with the field. Registered for {@code PreRenderViewEvent}.
 */
public class FieldErrorLinks implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getMessages().hasNext()) {
            return;
        }
        VisitContext visits = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visits, (visit, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                UIComponent field = message.findComponent(message.getFor());
                if (field instanceof UIInput && context.getMessageList(field.getClientId(context)).size() > 0) {
                    message.setId(field.getId() + "-error");
                    var attributes = field.getPassThroughAttributes();
                    attributes.put("aria-invalid", "true");
                    Object hint = attributes.get("aria-describedby");
                    String hints = hint instanceof jakarta.el.ValueExpression expression
                            ? String.valueOf(expression.getValue(context.getELContext())) : hint == null ? "" : hint.toString();
                    attributes.put("aria-describedby", (message.getClientId(context) + " " + hints).strip());
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}
