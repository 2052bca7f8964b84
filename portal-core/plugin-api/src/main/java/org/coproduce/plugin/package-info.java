/**
 * The Coproduce plugin API: everything a plugin may compile against.
 *
 * <p>A plugin is a jar in the portal's web application holding one CDI bean that implements
 * {@link org.coproduce.plugin.PortalPlugin}. The core discovers it, runs its schema migrations after its
 * own, starts it, and silences every hook of a plugin that an administrator disabled. Extension points are
 * plain interfaces that plugin beans implement; the core looks them up with CDI, so registration is never
 * written by hand. See {@code src/docs/writing-a-plugin.md} and the changelog in
 * {@code src/docs/plugin-api-changelog.md}.
 *
 * <p>Nothing from the core's internals (entities, EclipseLink, Lucene, Faces beans) appears here; the
 * build fails a plugin that depends on anything else of the core.
 *
 * @since 1.0
 */
package org.coproduce.plugin;
