package org.coproduce.portal.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coproduce.portal.preferences.Language;
import org.coproduce.portal.preferences.ThemeTexts;

/**
 * The words of notifications and their mails in one member's language (their account's language, else English),
 * from the core's message bundles ({@code mail.*}, {@code notice.*}, {@code notification.kind.*}).
 */
public final class MailWords {

    private final Language language;
    private final ResourceBundle bundle;

    private MailWords(Language language) {
        this.language = language;
        ResourceBundle found = ThemeTexts.bundle(ThemeTexts.CORE_BUNDLE, language.locale());
        if (found == null) {
            found = ResourceBundle.getBundle(ThemeTexts.CORE_BUNDLE, language.locale(), MailWords.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        this.bundle = found;
    }

    /** The words for a member whose account names {@code languageCode} ("en", "cy" or none: English). */
    public static MailWords of(String languageCode) {
        return new MailWords(Language.parse(languageCode).orElse(Language.ENGLISH));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** A text as written (no placeholders). */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** A text with its placeholders ({0}, {1}...) filled. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    /** The words for a kind of notification: the bundle's label, else as {@link NotificationKinds#label(String)}. */
    public String kind(String kind) {
        String key = "notification.kind." + kind;
        return bundle.containsKey(key) ? bundle.getString(key) : NotificationKinds.label(kind);
    }
}
