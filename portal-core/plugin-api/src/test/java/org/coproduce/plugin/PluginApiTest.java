package org.coproduce.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.coproduce.plugin.ui.Audience;
import org.junit.jupiter.api.Test;

class PluginApiTest {

    @Test
    void sameMajorAndNewerMinorIsSupported() {
        assertTrue(PluginApi.supports("1.3", "1.0"));
        assertTrue(PluginApi.supports("1.3", "1.3"));
        assertFalse(PluginApi.supports("1.3", "1.4"));
        assertFalse(PluginApi.supports("2.0", "1.0"));
        assertFalse(PluginApi.supports("1.0", "2.0"));
    }

    @Test
    void malformedVersionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PluginApi.supports("1"));
        assertThrows(IllegalArgumentException.class, () -> PluginApi.supports("one.two"));
        assertThrows(IllegalArgumentException.class, () -> PluginApi.supports(null));
    }

    @Test
    void descriptorIdsAreCheckedAndNameTheMigrationsAndPages() {
        PluginDescriptor d = new PluginDescriptor("plan-templates", "Plans", "1.0.0", "1.0", null);
        assertEquals("db/migration/plugins/plan-templates", d.migrationLocation());
        assertEquals("/plugins/plan-templates/", d.pagePath());
        assertEquals("", d.description());
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("Plans", "n", "1", "1.0", ""));
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("9lives", "n", "1", "1.0", ""));
        assertThrows(IllegalArgumentException.class, () -> new PluginDescriptor("../x", "n", "1", "1.0", ""));
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        Viewer admin = new Viewer(Optional.of(1L), "A", Optional.of(PortalRole.ADMIN), true);
        Viewer member = new Viewer(Optional.of(2L), "M", Optional.of(PortalRole.MEMBER), true);
        assertTrue(admin.has(PortalRole.MODERATOR));
        assertFalse(member.has(PortalRole.MODERATOR));
        assertFalse(Viewer.ANONYMOUS.has(PortalRole.MEMBER));
        assertTrue(Audience.ADMINISTRATORS.includes(admin));
        assertFalse(Audience.ADMINISTRATORS.includes(member));
        assertTrue(Audience.VISITORS.includes(Viewer.ANONYMOUS));
        assertFalse(Audience.VISITORS.includes(member));
    }
}
