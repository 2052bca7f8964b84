package org.coproduce.portal.preferences;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The interface text of this request, in its language, as a map for the pages: {@code #{msg['nav.home']}}.
 * A key is looked up in the theme's messages, then its ancestors', then the core's; so a theme can reword any
 * text (easy-read uses plainer words). A missing key shows as {@code ???key???} (the bundle tests fail first).
 */
@Named("msg")
@RequestScoped
public class UiMessages extends AbstractMap<String, String> {

    @Inject
    Preferences preferences;

    private List<ResourceBundle> bundles;
    private Locale bundlesLocale;

    public UiMessages() {
    }

    @Override
    public String get(Object key) {
        String name = String.valueOf(key);
        for (ResourceBundle bundle : bundles()) {
            if (bundle.containsKey(name)) {
                return bundle.getString(name);
            }
        }
        return "???" + name + "???";
    }

    @Override
    public boolean containsKey(Object key) {
        String name = String.valueOf(key);
        return bundles().stream().anyMatch(b -> b.containsKey(name));
    }

    /** A text with its placeholders ({0}, {1}...) filled, formatted for the language; a text without arguments as written. */
    public String format(String key, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return get(key);
        }
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    public Locale locale() {
        return preferences.getLocale();
    }

    /** Identity, not the map's contents: the container keys instances by hash before they are injected. */
    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Map<String, String> all = new HashMap<>();
        List<ResourceBundle> reversed = new ArrayList<>(bundles());
        java.util.Collections.reverse(reversed);
        for (ResourceBundle bundle : reversed) {
            for (String key : new LinkedHashSet<>(bundle.keySet())) {
                all.put(key, bundle.getString(key));
            }
        }
        return all.entrySet();
    }

    private List<ResourceBundle> bundles() {
        Locale wanted = locale();
        if (bundles == null || !wanted.equals(bundlesLocale)) {
            bundlesLocale = wanted;
            Locale locale = wanted;
            List<ResourceBundle> found = new ArrayList<>();
            for (String theme : preferences.getContracts()) {
                ResourceBundle bundle = ThemeTexts.bundle(ThemeTexts.themeBundle(theme), locale);
                if (bundle != null) {
                    found.add(bundle);
                }
            }
            ResourceBundle core = ThemeTexts.bundle(ThemeTexts.CORE_BUNDLE, locale);
            if (core != null) {
                found.add(core);
            }
            bundles = found;
        }
        return bundles;
    }
}
