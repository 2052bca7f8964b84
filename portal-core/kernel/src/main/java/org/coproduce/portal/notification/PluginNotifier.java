package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;

/** Plugins' notifications, handled like the core's: listed in the portal, mailed as the member chose. */
@ApplicationScoped
public class PluginNotifier implements Notifier {

    @Inject
    Notifications notifications;

    @Override
    @Transactional
    public boolean send(Notification notification) {
        if (!NotificationKinds.validName(notification.kind()) || Notifications.ALL.equals(notification.kind())) {
            throw new IllegalArgumentException("A notification kind is lower-case words joined by dots or hyphens, "
                    + "at most 40 characters, such as plan.review-due: " + notification.kind());
        }
        return notifications.send(notification.recipientId(), notification.kind(), notification.subject(),
                notification.text(), notification.path()).isPresent();
    }
}
