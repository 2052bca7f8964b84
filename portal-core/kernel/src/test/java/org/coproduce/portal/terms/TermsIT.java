package org.coproduce.portal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountFixtures;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.audit.AuditFixtures;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Terms} on H2 and PostgreSQL: the version in force, acceptance, and publishing a new version. */
class TermsIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void theMigrationPublishesTheFirstVersionInBothLanguages(TestDatabase db) {
        TermsVersion first = db.inTransaction(em -> terms(em).history()).getLast();
        assertEquals(1, first.version());
        assertTrue(first.text("en").contains("Consent for stories"), first.text("en"));
        assertTrue(first.text("cy").contains("Diogelu"), first.text("cy"));
        assertTrue(db.inTransaction(em -> terms(em).currentVersion()) >= 1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void acceptingRecordsTheVersionAndTimeAndOnlyTheVersionInForce(TestDatabase db) {
        Account member = AccountFixtures.member(db, "Terry Terms", true);
        assertNull(member.termsVersion());
        int current = db.inTransaction(em -> terms(em).currentVersion());
        assertTrue(Terms.mustAccept(member, current), "an account that accepted nothing is asked");

        Problem old = assertThrows(Problem.class, () -> db.runInTransaction(em -> terms(em).accept(member.id(), current - 1)));
        assertEquals(Problem.Kind.CONFLICT, old.kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class,
                () -> db.runInTransaction(em -> terms(em).accept(member.id(), null))).kind());

        db.runInTransaction(em -> terms(em).accept(member.id(), current));
        Account reread = db.inTransaction(em -> em.find(Account.class, member.id()));
        assertEquals(current, reread.termsVersion());
        assertNotNull(reread.termsAcceptedAt());
        assertFalse(Terms.mustAccept(reread, current));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAdministratorPublishesANewVersionThatMembersMustAcceptAndItIsAudited(TestDatabase db) {
        Account adminAccount = AccountFixtures.verified(db, "Ada Admin", NetworkRole.OTHER, PortalRole.ADMIN);
        Viewer admin = new Viewer(Optional.of(adminAccount.id()), "Ada Admin", Optional.of(PortalRole.ADMIN), true);
        Viewer member = new Viewer(Optional.of(adminAccount.id() + 1), "Mo Member", Optional.of(PortalRole.MEMBER), true);
        Account reader = AccountFixtures.member(db, "Rhian Reader", true);
        int before = db.inTransaction(em -> terms(em).currentVersion());
        db.runInTransaction(em -> terms(em).accept(reader.id(), before));

        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class, () -> db.runInTransaction(
                em -> terms(em).publish(member, "Text", "Testun", "Change", "Newid"))).kind());
        Problem missing = assertThrows(Problem.class, () -> db.runInTransaction(
                em -> terms(em).publish(admin, "Text", " ", "Change", null)));
        assertEquals(List.of("textCy", "changesCy"), missing.fields().stream().map(Problem.FieldMessage::field).toList());

        TermsVersion published = db.inTransaction(em -> terms(em).publish(admin, "## New terms\n\nBe kind.",
                "## Telerau newydd\n\nByddwch yn garedig.", "We ask you to be kind.", "Rydym yn gofyn i chi fod yn garedig."));

        assertEquals(before + 1, published.version());
        assertEquals(Integer.valueOf(before + 1), db.inTransaction(em -> terms(em).currentVersion()));
        TermsVersion current = db.inTransaction(em -> terms(em).current());
        assertEquals("Byddwch yn garedig.", current.text("cy").lines().toList().getLast());
        assertEquals("We ask you to be kind.", current.changes("en"));
        assertEquals(adminAccount.id(), current.publishedBy());
        Account reread = db.inTransaction(em -> em.find(Account.class, reader.id()));
        assertTrue(Terms.mustAccept(reread, current.version()), "who accepted the older version is asked again");

        List<AuditEntry> audit = db.inTransaction(em -> AuditFixtures.log(em).about(Terms.AUDIT_SOURCE, "terms",
                String.valueOf(published.version())));
        assertEquals(1, audit.size());
        assertEquals("terms.publish", audit.get(0).action());
        assertEquals(Optional.of(adminAccount.id()), audit.get(0).actorId());
        assertTrue(audit.get(0).detail().startsWith("before: version " + before + "; after: version " + published.version()),
                audit.get(0).detail());
    }

    static Terms terms(EntityManager em) {
        Terms terms = new Terms();
        terms.em = em;
        terms.audit = AuditFixtures.log(em);
        return terms;
    }
}
