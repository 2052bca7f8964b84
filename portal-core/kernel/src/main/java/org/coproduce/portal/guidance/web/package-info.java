/** The guidance library's pages: the list, a document (any version), importing a file, and editing a draft. */
package org.coproduce.portal.guidance.web;
