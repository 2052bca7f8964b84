package org.coproduce.portal.api;

import java.time.Instant;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as its owner sees it. */
@Schema(name = "Account", description = "The caller's own account")
public record AccountView(
        @Schema(description = "Account id") long id,
        @Schema(description = "Name shown to others") String displayName,
        @Schema(description = "Email address (lower-case)") String email,
        @Schema(description = "Portal roles: member, moderator, admin") List<String> roles,
        @Schema(description = "How the person takes part: practitioner, service-user, carer, student, other") String networkRole,
        @Schema(description = "Whether the email address is verified") boolean verified,
        @Schema(description = "When the account was created") Instant createdAt) {

    static AccountView of(Account account) {
        List<String> roles = switch (account.portalRole()) {
            case ADMIN -> List.of("member", "moderator", "admin");
            case MODERATOR -> List.of("member", "moderator");
            case MEMBER -> List.of("member");
        };
        return new AccountView(account.id(), account.displayName(), account.email(), roles,
                account.networkRole().code(), account.verified(), account.createdAt());
    }
}
