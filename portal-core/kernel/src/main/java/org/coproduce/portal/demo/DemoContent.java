package org.coproduce.portal.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.account.DemoAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo accounts, then each feature's {@link DemoLoader}, when the portal runs on its embedded H2 database and {@code coproduce.demo} is not
 * false. On any other database (PostgreSQL in production) it refuses, whatever the setting says.
 */
@ApplicationScoped
public class DemoContent {

    /** The password of every demo account. */
    public static final String PASSWORD = "coproduce-demo";

    /** The demo accounts: email, display name, network role, portal role. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@example.org", "Alex Admin", "other", PortalRole.ADMIN),
            new DemoAccount("moderator@example.org", "Morgan Moderator", "practitioner", PortalRole.MODERATOR),
            new DemoAccount("practitioner@example.org", "Priya Practitioner", "practitioner", PortalRole.MEMBER),
            new DemoAccount("serviceuser@example.org", "Sam Service-User", "service-user", PortalRole.MEMBER),
            new DemoAccount("student@example.org", "Stevie Student", "student", PortalRole.MEMBER));

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    /** One demo account. */
    public record DemoAccount(String email, String displayName, String networkRole, PortalRole role) {
    }

    @Resource(lookup = "jdbc/coproduce")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "coproduce.demo", defaultValue = "true")
    boolean wanted;

    @Inject
    DemoAccounts accounts;

    @Inject
    AccountSettings settings;

    @Inject
    @Any
    Instance<DemoLoader> loaders;

    /** Loads what is missing of the demo content, when this is the embedded database and demo mode is on. */
    @Transactional
    public void loadIfWanted() {
        if (!wanted) {
            LOG.info("Demo mode is off (coproduce.demo=false).");
            return;
        }
        if (!embedded()) {
            LOG.info("Not loading demo accounts: they exist only on the embedded H2 database.");
            return;
        }
        String hash = settings.hasher().hash(PASSWORD);
        int added = 0;
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.addVerifiedIfMissing(demo.email(), demo.displayName(), hash, demo.networkRole(),
                    demo.role(), Instant.now())) {
                added++;
            }
        }
        int count = added;
        LOG.info(() -> "Demo mode: " + count + " demo account(s) added; all use the password " + PASSWORD + ".");
        loaders.stream().sorted(java.util.Comparator.comparingInt(DemoLoader::order)).forEach(DemoLoader::load);
    }

    /** Whether demo content is wanted ({@code coproduce.demo} is not false). */
    public boolean wanted() {
        return wanted;
    }

    /** Whether the portal runs on its embedded H2 database (a file or in-memory H2 URL). */
    public boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return "H2".equals(connection.getMetaData().getDatabaseProductName())
                    && url != null && (url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
