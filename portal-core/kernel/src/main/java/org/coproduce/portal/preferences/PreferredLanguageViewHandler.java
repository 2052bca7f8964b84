package org.coproduce.portal.preferences;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Every view is in the request's language ({@link Preferences}): converters, bundles and dates follow it. */
public class PreferredLanguageViewHandler extends ViewHandlerWrapper {

    public PreferredLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Preferences.class).get().getLocale();
    }
}
