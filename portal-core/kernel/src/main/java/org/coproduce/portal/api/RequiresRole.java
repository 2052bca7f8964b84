package org.coproduce.portal.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coproduce.plugin.PortalRole;

/**
 * Only callers with this role (or a higher one) may use the resource method or class: anonymous callers get
 * 401, others 403, both with the JSON error body. {@code MEMBER} means any signed-in member.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    PortalRole value();
}
