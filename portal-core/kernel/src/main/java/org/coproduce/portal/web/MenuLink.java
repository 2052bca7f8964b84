package org.coproduce.portal.web;

/** A link in the main navigation as the theme renders it. */
public record MenuLink(String id, String label, String href, boolean current) {
}
