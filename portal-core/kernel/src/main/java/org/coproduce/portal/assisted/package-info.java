/**
 * Assisted participation: staff (practitioners and moderators) post a story or a reply on behalf of someone who gave
 * it to them by phone, on a paper form or in person, with the person's name or pseudonym, a record of their consent
 * and who entered it. Stories shared this way wait for a moderator like any other.
 */
package org.coproduce.portal.assisted;
