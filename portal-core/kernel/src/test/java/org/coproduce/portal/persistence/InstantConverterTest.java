package org.coproduce.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesInstantsAsUtc() {
        OffsetDateTime column = converter.convertToDatabaseColumn(Instant.parse("2025-07-01T10:15:30.5Z"));

        assertEquals(OffsetDateTime.of(2025, 7, 1, 10, 15, 30, 500_000_000, ZoneOffset.UTC), column);
    }

    @Test
    void readsAnyOffsetAsTheSameInstant() {
        OffsetDateTime inNewZealand = OffsetDateTime.of(2025, 7, 1, 22, 15, 30, 0, ZoneOffset.ofHours(12));

        assertEquals(Instant.parse("2025-07-01T10:15:30Z"), converter.convertToEntityAttribute(inNewZealand));
    }

    @Test
    void keepsNulls() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
