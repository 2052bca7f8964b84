/**
 * Caching of whole pages for anonymous readers, invalidated by a content generation that entity listeners move
 * when the content changes.
 */
package org.coproduce.portal.web.cache;
