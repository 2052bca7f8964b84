/**
 * The guidance library: guidance documents with a summary, ordered sections, key messages, references and
 * tags, published in versions (older versions stay readable); drafts that moderators write or import from a
 * file (Markdown, plain text, HTML, PDF or Word, read with Apache Tika) and preview before publishing.
 */
package org.coproduce.portal.guidance;
