package org.coproduce.portal.web;

import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import org.coproduce.portal.web.security.CsrfTokens;

/**
 * Before a page that renders a form is rendered, makes sure the visitor has a session and a form token, while
 * the session cookie can still be sent (the page streams out as it renders). Pages without forms leave
 * readers without a session. Registered for {@code PreRenderViewEvent} in faces-config.xml.
 */
public class FormSessionListener implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        if (request.getSession(false) == null && hasForm(context)) {
            CsrfTokens.of(request.getSession(true));
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    private static boolean hasForm(FacesContext context) {
        boolean[] found = {false};
        VisitContext visits = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visits, (visit, component) -> {
            if (component instanceof UIForm) {
                found[0] = true;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }
}
