/**
 * Who is calling: a Jakarta Security authentication mechanism that recognises API bearer tokens and signed-in
 * browser sessions, the tokens themselves, and the {@link org.coproduce.plugin.CurrentViewer} that pages,
 * resources and plugins ask.
 */
package org.coproduce.portal.auth;
