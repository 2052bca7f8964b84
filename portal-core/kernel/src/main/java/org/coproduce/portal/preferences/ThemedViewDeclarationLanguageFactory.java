package org.coproduce.portal.preferences;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.List;

/**
 * Chooses the theme of each request: the resource library contracts Faces uses for a view are the request's
 * theme and its ancestors ({@link Preferences#getContracts()}), so a child theme overrides only what differs.
 * Registered in faces-config.xml.
 */
public class ThemedViewDeclarationLanguageFactory extends ViewDeclarationLanguageFactory {

    public ThemedViewDeclarationLanguageFactory(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : new Themed(language);
    }

    static final class Themed extends ViewDeclarationLanguageWrapper {

        Themed(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public List<String> calculateResourceLibraryContracts(FacesContext context, String viewId) {
            return CDI.current().select(Preferences.class).get().getContracts();
        }
    }
}
