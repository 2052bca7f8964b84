package org.coproduce.portal.guidance;

import java.time.Instant;

/** One version of a guidance document: its number and when it was published. */
public record VersionInfo(int number, Instant publishedAt) {
}
