/**
 * The JSON API under {@code /api/v1}: the application, its error format ({@code {"error", "message",
 * "fields"}}), the guards (body size, roles, plugin switches) and the core's resources. Documented in the
 * OpenAPI document at {@code /openapi}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Coproduce API", version = "1.0",
                description = "The JSON API of the Coproduce portal. Authenticate with POST /api/v1/auth/token and send "
                        + "the token as 'Authorization: Bearer <token>'. Every error is {\"error\": code, \"message\": "
                        + "text a person understands, \"fields\": [{\"field\", \"message\"}] for validation errors}."),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer")))
package org.coproduce.portal.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
