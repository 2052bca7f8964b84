package org.coproduce.portal.search;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Viewer;

/**
 * Who may read a document, as stored in the index: everyone, signed-in members, moderators or administrators.
 * A query only ever matches documents whose audience the viewer belongs to.
 */
public final class Audiences {

    public static final String PUBLIC = "public";
    public static final String MEMBERS = "members";
    public static final String MODERATORS = "moderators";
    public static final String ADMINISTRATORS = "administrators";
    /** Every audience a document may have. */
    public static final List<String> ALL = List.of(PUBLIC, MEMBERS, MODERATORS, ADMINISTRATORS);

    private Audiences() {
    }

    /** The audiences {@code viewer} belongs to. */
    public static List<String> of(Viewer viewer) {
        List<String> audiences = new ArrayList<>();
        audiences.add(PUBLIC);
        if (viewer.signedIn()) {
            audiences.add(MEMBERS);
        }
        if (viewer.has(PortalRole.MODERATOR)) {
            audiences.add(MODERATORS);
        }
        if (viewer.has(PortalRole.ADMIN)) {
            audiences.add(ADMINISTRATORS);
        }
        return audiences;
    }

    public static boolean known(String audience) {
        return ALL.contains(audience);
    }
}
