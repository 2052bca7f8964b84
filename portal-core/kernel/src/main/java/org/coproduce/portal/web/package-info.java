/**
 * The browser side of the core: backing beans of the Faces pages (home, register, verify, sign in and out,
 * password reset, profile, administration), the navigation and panel slots that plugins fill, and the
 * filters that guard every page.
 */
package org.coproduce.portal.web;
