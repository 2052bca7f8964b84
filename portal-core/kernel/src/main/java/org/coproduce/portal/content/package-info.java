/**
 * What all community content shares: Markdown rendered and sanitised, the rule that only verified members
 * contribute. Each kind of content (discussions, stories, practice examples, guidance) has a package of its
 * own beside this one.
 */
package org.coproduce.portal.content;
