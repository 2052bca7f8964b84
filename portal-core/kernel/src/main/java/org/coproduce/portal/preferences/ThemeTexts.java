package org.coproduce.portal.preferences;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Where the message bundles live: the core's, and each theme's in its own jar. */
public final class ThemeTexts {

    /** The core's interface text (org/coproduce/portal/preferences/messages*.properties). */
    public static final String CORE_BUNDLE = "org.coproduce.portal.preferences.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ThemeTexts() {
    }

    /** A theme's bundle name: coproduce/themes/&lt;id&gt;/messages*.properties in the theme's jar. */
    public static String themeBundle(String themeId) {
        return "coproduce.themes." + themeId + ".messages";
    }

    /** A bundle in a language (the base file is English), or null when there is none. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** A theme's name in the language, from its messages ({@code theme.name}), else from its descriptor. */
    public static String name(Theme theme, Locale locale) {
        if (theme == null) {
            return "";
        }
        ResourceBundle bundle = bundle(themeBundle(theme.id()), locale);
        return bundle != null && bundle.containsKey("theme.name") ? bundle.getString("theme.name") : theme.name();
    }
}
