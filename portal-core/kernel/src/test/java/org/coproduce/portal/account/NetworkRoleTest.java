package org.coproduce.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkRoleTest {

    @ParameterizedTest
    @ValueSource(strings = {"service-user", "service_user", "SERVICE_USER", "Service-User", " service user ",
            "\tservice-user\n"})
    void parsesTheApiValueInItsVariants(String value) {
        assertEquals(Optional.of(NetworkRole.SERVICE_USER), NetworkRole.parse(value));
    }

    @ParameterizedTest
    @EnumSource(NetworkRole.class)
    void everyCodeParsesBackToItsRole(NetworkRole role) {
        assertEquals(Optional.of(role), NetworkRole.parse(role.code()));
        assertEquals(Optional.of(role), NetworkRole.parse(role.name()));
        assertFalse(role.label().isBlank());
    }

    @Test
    void theCodesAreTheApiValues() {
        assertEquals("practitioner", NetworkRole.PRACTITIONER.code());
        assertEquals("service-user", NetworkRole.SERVICE_USER.code());
        assertEquals("carer", NetworkRole.CARER.code());
        assertEquals("student", NetworkRole.STUDENT.code());
        assertEquals("other", NetworkRole.OTHER.code());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"admin", "service--user", "serviceuser", "carers", "   ", "service-user-x"})
    void anythingElseIsNoRole(String value) {
        assertEquals(Optional.empty(), NetworkRole.parse(value));
    }
}
