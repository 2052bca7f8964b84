package org.coproduce.plugins.payments;

/** The plugin's page paths, for links in notifications and pages. */
public final class PaymentsPaths {

    public static final String BASE = "/plugins/participation-payments/";

    private PaymentsPaths() {
    }

    public static String claim(long id) {
        return BASE + "claim?id=" + id;
    }

    public static String agreement(long id) {
        return BASE + "agreement?id=" + id;
    }
}
