/**
 * Atom feeds of public activity ({@code /feeds/latest.atom}, per kind of content, per category and per tag).
 * Each kind of content contributes a {@link org.coproduce.portal.feed.FeedSource}; only what an anonymous
 * visitor may read ever appears in a feed.
 */
package org.coproduce.portal.feed;
