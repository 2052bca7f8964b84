package org.coproduce.plugins.plans;

/** Where the plugin's pages are. */
final class PlanPaths {

    static final String HOME = "/plugins/plan-templates/";

    private PlanPaths() {
    }

    static String plan(long id) {
        return HOME + "plan?id=" + id;
    }
}
