/**
 * Themes and languages: which theme (a Faces resource library contract in a jar under themes/) and which
 * interface language (English or Welsh) a request is shown in, chosen by the visitor (a cookie), the member
 * (their profile), the administrator (the site default theme) or the browser (Accept-Language); and the
 * interface text of the pages, in message bundles (the core's and each theme's).
 */
package org.coproduce.portal.preferences;
