package org.coproduce.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers; reports heap use and uptime for operators. (A full heap shows up as
 * failing requests and is left to the JVM's own OutOfMemoryError handling, not to a restart loop.)
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("coproduce")
                .withData("heapUsedMiB", (runtime.totalMemory() - runtime.freeMemory()) >> 20)
                .withData("heapMaxMiB", runtime.maxMemory() >> 20)
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .up().build();
    }
}
