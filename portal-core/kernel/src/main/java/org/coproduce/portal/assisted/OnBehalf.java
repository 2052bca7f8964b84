package org.coproduce.portal.assisted;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whom a post is for and the record of their consent, as a member of staff enters it. Field names are the ones the
 * API's error messages name.
 */
@Schema(name = "OnBehalfOf", description = "The person a member of staff posts for, and their consent")
public record OnBehalf(
        @Schema(required = true, maxLength = AssistedPosting.NAME_MAX,
                description = "The person's name as they gave it; shown on the post only when shownAs is name")
        String personName,
        @Schema(description = "The email address of the person's account, if they have one: the post is then linked "
                + "to it (they can read it, and withdraw a story)") String personEmail,
        @Schema(required = true, enumeration = {"name", "pseudonym"},
                description = "What the person agreed the post shows") String shownAs,
        @Schema(maxLength = AssistedPosting.NAME_MAX, description = "The pseudonym to show for a person without an "
                + "account; left out, one is made up. A person with an account is shown under their own pseudonym")
        String pseudonym,
        @Schema(required = true, enumeration = {"phone", "paper-form", "in-person"},
                description = "How the person gave their consent") String consentMethod,
        @Schema(required = true, description = "The day they gave it (not in the future)") LocalDate consentGivenOn,
        @Schema(required = true, maxLength = AssistedPosting.AGREED_MAX,
                description = "What they agreed to, in the words of the member of staff") String agreedTo,
        @Schema(required = true, description = "true: the member of staff confirms the person agreed to this post "
                + "being shared as described") Boolean consentConfirmed) {
}
