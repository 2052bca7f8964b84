package org.coproduce.portal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.coproduce.portal.boot.BootState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has finished and the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/coproduce")
    DataSource dataSource;

    @Inject
    BootState boot;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("coproduce")
                .withData("startup", boot.milestone().name());
        if (boot.failure() != null) {
            response.withData("failure", boot.failure());
        }
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            database = false;
            response.withData("database", "unreachable: " + e.getMessage());
        }
        return response.status(database && boot.ready()).build();
    }
}
