package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.coproduce.portal.web.security.CsrfTokens;

/** Gives page forms their hidden form token ({@code <cp:csrf/>}). */
@Named
@RequestScoped
public class Csrf {

    public String getParameter() {
        return CsrfTokens.PARAMETER;
    }

    public String getToken() {
        return CsrfTokens.of(FacesPages.request().getSession(true));
    }
}
