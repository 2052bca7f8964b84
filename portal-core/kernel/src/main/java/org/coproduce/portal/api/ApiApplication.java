package org.coproduce.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, at {@code /api/v1}. Resources and providers (core and plugins) are discovered. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
