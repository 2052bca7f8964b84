/**
 * Reading guidance from files: the type is detected from the content with Apache Tika, the text and its
 * structure are extracted, and headings become sections of a draft.
 */
package org.coproduce.portal.guidance.imports;
