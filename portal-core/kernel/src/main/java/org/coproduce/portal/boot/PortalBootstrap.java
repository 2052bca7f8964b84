package org.coproduce.portal.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coproduce.plugin.PluginDescriptor;
import org.coproduce.portal.demo.DemoContent;
import org.coproduce.portal.mail.MailDeliveryWorker;
import org.coproduce.portal.notification.DigestWorker;
import org.coproduce.portal.notification.ReplyByEmailWorker;
import org.coproduce.portal.persistence.SchemaMigrations;
import org.coproduce.portal.plugin.PluginRegistry;
import org.coproduce.portal.search.SearchWorker;

/**
 * Runs start-up when the application starts. A failure stops the sequence and is reported by
 * {@code /health/ready}; the portal never serves on a half-migrated schema.
 */
@ApplicationScoped
public class PortalBootstrap {

    private static final Logger LOG = Logger.getLogger(PortalBootstrap.class.getName());

    @Resource(lookup = "jdbc/coproduce")
    DataSource dataSource;

    @Inject
    BootState state;

    @Inject
    PluginRegistry plugins;

    @Inject
    DemoContent demo;

    @Inject
    MailDeliveryWorker mail;

    @Inject
    DigestWorker digests;

    @Inject
    ReplyByEmailWorker replies;

    @Inject
    SearchWorker search;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        try {
            SchemaMigrations migrations = new SchemaMigrations(dataSource, Thread.currentThread().getContextClassLoader());
            migrations.migrateCore();
            state.reached(BootMilestone.CORE_MIGRATED);
            plugins.discover();
            state.reached(BootMilestone.PLUGINS_DISCOVERED);
            for (PluginDescriptor plugin : plugins.descriptors()) {
                migrations.migratePlugin(plugin.id(), plugin.migrationLocation());
            }
            state.reached(BootMilestone.PLUGINS_MIGRATED);
            demo.loadIfWanted();
            state.reached(BootMilestone.DEMO_CONTENT_LOADED);
            plugins.startAll();
            state.reached(BootMilestone.PLUGINS_STARTED);
            mail.start();
            digests.start();
            replies.start();
            search.start();
            state.reached(BootMilestone.READY);
            LOG.info(() -> "Coproduce is ready (start-up took " + state.took().toMillis() + " ms).");
        } catch (RuntimeException e) {
            state.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.log(Level.SEVERE, "Coproduce could not start; /health/ready reports DOWN", e);
        }
    }
}
