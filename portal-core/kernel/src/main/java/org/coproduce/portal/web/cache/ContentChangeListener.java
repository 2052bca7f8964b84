package org.coproduce.portal.web.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Entity listener on what cached pages show: any insert, update or delete moves {@link ContentChanges}. */
public class ContentChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        ContentChanges.changed();
    }
}
