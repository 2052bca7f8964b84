/**
 * Members of the portal as plugins see them: look-ups by id and by email.
 *
 * @since 1.1
 */
package org.coproduce.plugin.member;
