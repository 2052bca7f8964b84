/** Servlet filters on every response: security headers, form tokens against cross-site request forgery. */
package org.coproduce.portal.web.security;
