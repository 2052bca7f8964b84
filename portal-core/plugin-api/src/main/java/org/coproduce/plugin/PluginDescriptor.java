package org.coproduce.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a plugin says about itself.
 *
 * @param id                 a stable identifier: lower-case letters, digits and hyphens, starting with a letter
 *                           (for example {@code plan-templates}); it names the plugin's pages
 *                           ({@code /plugins/<id>/}), its migrations and its enable switch
 * @param name               the name an administrator reads
 * @param version            the plugin's own version
 * @param requiredApiVersion the plugin API version it was built against (see {@link PluginApi})
 * @param description        one plain-language sentence on what it does
 * @since 1.0
 */
public record PluginDescriptor(String id, String name, String version, String requiredApiVersion,
                               String description) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requiredApiVersion, "requiredApiVersion");
        description = description == null ? "" : description;
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A plugin id is 2 to 40 lower-case letters, digits or hyphens, "
                    + "starting with a letter: " + id);
        }
    }

    /**
     * The classpath location of this plugin's Flyway migrations, {@code db/migration/plugins/<id>}.
     * Migration scripts there are named {@code V1__what.sql}, {@code V2__...}; the tables they create carry
     * the plugin's prefix (for example {@code plan_}).
     */
    public String migrationLocation() {
        return "db/migration/plugins/" + id;
    }

    /** The path under which this plugin's Faces pages are served: {@code /plugins/<id>/}. */
    public String pagePath() {
        return "/plugins/" + id + "/";
    }
}
