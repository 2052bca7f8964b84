package org.coproduce.plugin;

/**
 * The version of this API and the rule for whether a plugin built against another version can run.
 *
 * <p>Versions are {@code major.minor}. A plugin that requires {@code M.n} runs on an API {@code M.k} with
 * {@code k >= n}: minor versions only add, a major version may break.
 *
 * @since 1.0
 */
public final class PluginApi {

    /** The version of the plugin API this portal provides. */
    public static final String VERSION = "1.1";

    private PluginApi() {
    }

    /**
     * Whether a plugin that requires {@code required} can run on this API.
     *
     * @param required a {@code major.minor} version
     * @return true when the major versions match and this API's minor version is at least the required one
     * @throws IllegalArgumentException when {@code required} is not a {@code major.minor} version
     */
    public static boolean supports(String required) {
        return supports(VERSION, required);
    }

    static boolean supports(String provided, String required) {
        int[] have = parse(provided);
        int[] want = parse(required);
        return have[0] == want[0] && have[1] >= want[1];
    }

    private static int[] parse(String version) {
        if (version == null || !version.matches("\\d{1,4}\\.\\d{1,4}")) {
            throw new IllegalArgumentException("A plugin API version looks like 1.0, not " + version);
        }
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
