package org.coproduce.portal.notification;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as its recipient sees it in the portal. */
@Schema(name = "Notification")
public record NotificationView(long id, String kind, String subject, String text,
                               @Schema(description = "Where to read more: a path in the portal, or empty") String path,
                               Instant createdAt, @Schema(description = "Whether the member has seen it") boolean read) {

    static NotificationView of(NotificationRecord record) {
        return new NotificationView(record.id(), record.kind(), record.subject(), record.bodyText(), record.path(),
                record.createdAt(), record.readAt() != null);
    }
}
