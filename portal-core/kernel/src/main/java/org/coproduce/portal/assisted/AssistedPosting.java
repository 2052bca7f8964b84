package org.coproduce.portal.assisted;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.audit.AuditLog;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.Contributors;
import org.coproduce.portal.discussion.PostRules;
import org.coproduce.portal.discussion.Replies;
import org.coproduce.portal.discussion.Reply;
import org.coproduce.portal.story.PseudonymGenerator;
import org.coproduce.portal.story.Pseudonyms;
import org.coproduce.portal.story.Stories;
import org.coproduce.portal.story.Story;
import org.coproduce.portal.story.StoryTexts;

/**
 * Posting on someone's behalf. Who may: verified practitioners and moderators (the people who take stories over
 * the phone or from paper forms, and who may already respond under stories). The post is theirs (they can edit a
 * reply, withdraw a story), shows the person's name or pseudonym, and is linked to the person's account when they
 * have one. The consent record and an audit entry (source {@value #AUDIT_SOURCE}) are written in the same
 * transaction. A story shared this way waits for a moderator, who may not be the one who entered it.
 */
@ApplicationScoped
public class AssistedPosting {

    /** The audit log source of everything done here. */
    public static final String AUDIT_SOURCE = "assisted";
    public static final int NAME_MAX = 80;
    public static final int AGREED_MAX = 1000;
    /** The consent day may not be later than today in the portal's home time zone. */
    static final ZoneId HOME = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Stories stories;

    @Inject
    Replies replies;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    AuditLog audit;

    PseudonymGenerator generator = new PseudonymGenerator(new SecureRandom());

    /** The person as the post will show them. */
    public record Person(String name, Long accountId, ShownAs shownAs, String shownName) {
    }

    /** A consent record as pages and the API show it. */
    public record ConsentView(long id, String postKind, long postId, String path, String personName,
            boolean personHasAccount, String shownAs, String shownName, String consentMethod, LocalDate consentGivenOn,
            String agreedTo, String enteredBy, Instant enteredAt, Instant withdrawnAt, String withdrawnBy,
            String withdrawalNote) {
    }

    /** Whether the account may post on someone's behalf: verified practitioners and moderators. */
    public static boolean mayAssist(Account account) {
        return account != null && account.verified()
                && (account.networkRole() == NetworkRole.PRACTITIONER || account.portalRole().includes(PortalRole.MODERATOR));
    }

    /** A member of staff shares a story on someone's behalf; it waits for a moderator. */
    @Transactional
    public Story shareStory(Viewer staff, String title, String body, String language, OnBehalf onBehalf) {
        Account staffAccount = requireStaff(staff);
        Texts check = new Texts();
        try {
            StoryTexts.checkStory(title, body);
        } catch (Problem problem) {
            problem.fields().forEach(f -> check.problem(f.field(), f.message()));
        }
        Checked checked = check(check, onBehalf, staffAccount);
        Story story = stories.shareOnBehalf(staffAccount.id(), title, body, language, checked.person().shownName(),
                checked.person().accountId());
        record(AssistedConsent.PostKind.STORY, story.id(), checked, staff, "story.shared");
        return story;
    }

    /** A member of staff replies in a thread on someone's behalf. */
    @Transactional
    public Reply reply(Viewer staff, long threadId, String body, Long quotedReplyId, String language, OnBehalf onBehalf) {
        Account staffAccount = requireStaff(staff);
        Texts check = new Texts();
        PostRules.body(check, "body", body);
        Checked checked = check(check, onBehalf, staffAccount);
        Reply reply = replies.addOnBehalf(staff, threadId, body, quotedReplyId, language, checked.person().shownName(),
                checked.person().accountId());
        record(AssistedConsent.PostKind.REPLY, reply.id(), checked, staff, "reply.posted");
        return reply;
    }

    /**
     * Withdraws a story shared on someone's behalf, at the person's request (or by the person, when it is linked
     * to their account): gone for everyone else at once; the consent record notes when, by whom and why.
     */
    @Transactional
    public Story withdrawStory(Viewer viewer, long storyId, String note) {
        if (note != null && note.length() > AGREED_MAX) {
            throw Problem.invalid(Map.of("note", "The note can be at most 1000 characters long."));
        }
        Story story = stories.withdraw(storyId, viewer);
        if (story.onBehalf()) {
            String cleanNote = note == null || note.isBlank() ? null : note.strip();
            consentFor(AssistedConsent.PostKind.STORY, storyId).ifPresent(consent ->
                    consent.withdraw(viewer.accountId().orElseThrow(), Instant.now(), cleanNote));
            audit.write(viewer, AUDIT_SOURCE, "story.withdrawn", "story", String.valueOf(storyId),
                    cleanNote == null ? "Withdrawn." : "Withdrawn: " + cleanNote);
        }
        return story;
    }

    /** The consent record of a post, if there is one and the viewer may see it (see {@link #maySee}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentView> consentOf(AssistedConsent.PostKind kind, long postId, Viewer viewer) {
        return consentFor(kind, postId).filter(c -> maySee(c, viewer)).map(c -> views(List.of(c)).get(0));
    }

    /**
     * Consent records the viewer may see, newest first: all for moderators; otherwise the ones they entered and
     * the ones about themselves.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<ConsentView> records(Viewer viewer, int page, int size) {
        int offset = PageOf.offset(page, size);
        long me = viewer.accountId().orElseThrow(() -> new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized",
                "Please sign in first."));
        boolean all = viewer.has(PortalRole.MODERATOR);
        String where = all ? "" : " WHERE c.enteredBy = :me OR c.personAccountId = :me";
        var select = em.createQuery("SELECT c FROM AssistedConsent c" + where + " ORDER BY c.enteredAt DESC, c.id DESC",
                AssistedConsent.class);
        var count = em.createQuery("SELECT COUNT(c) FROM AssistedConsent c" + where, Long.class);
        if (!all) {
            select.setParameter("me", me);
            count.setParameter("me", me);
        }
        List<AssistedConsent> items = select.setFirstResult(offset).setMaxResults(size).getResultList();
        return new PageOf<>(views(items), page, size, count.getSingleResult());
    }

    /** Who sees a consent record: the member of staff who entered it, the person it is about, and moderators. */
    static boolean maySee(AssistedConsent consent, Viewer viewer) {
        return viewer.has(PortalRole.MODERATOR) || viewer.accountId().map(me -> me == consent.enteredBy()
                || (consent.personAccountId() != null && consent.personAccountId() == me)).orElse(false);
    }

    private Optional<AssistedConsent> consentFor(AssistedConsent.PostKind kind, long postId) {
        return em.createQuery("SELECT c FROM AssistedConsent c WHERE c.postKind = :kind AND c.postId = :post",
                        AssistedConsent.class)
                .setParameter("kind", kind).setParameter("post", postId).getResultStream().findFirst();
    }

    /** The records as shown, with the names of who entered and withdrew them (one more statement). */
    private List<ConsentView> views(List<AssistedConsent> consents) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        consents.forEach(c -> {
            ids.add(c.enteredBy());
            if (c.withdrawnBy() != null) {
                ids.add(c.withdrawnBy());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(ids)).getResultList()
                    .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return consents.stream().map(c -> new ConsentView(c.id(), c.postKind().name().toLowerCase(java.util.Locale.ROOT),
                c.postId(), c.postKind() == AssistedConsent.PostKind.STORY ? "/stories/story?id=" + c.postId()
                        : "/discussions/reply?id=" + c.postId(),
                c.personName(), c.personAccountId() != null, c.shownAs().code(), c.shownName(), c.method().code(),
                c.givenOn(), c.agreedTo(), names.get(c.enteredBy()), c.enteredAt(), c.withdrawnAt(),
                c.withdrawnBy() == null ? null : names.get(c.withdrawnBy()), c.withdrawalNote())).toList();
    }

    private Account requireStaff(Viewer staff) {
        long id = Contributors.requireVerifiedMember(staff);
        Account account = em.find(Account.class, id);
        if (!mayAssist(account)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_staff",
                    "Only practitioners and moderators can post on someone's behalf.");
        }
        return account;
    }

    private record Checked(Person person, ConsentMethod method, LocalDate givenOn, String agreedTo) {
    }

    /** Checks what was entered about the person and their consent, with the post's own problems; throws all at once. */
    private Checked check(Texts check, OnBehalf onBehalf, Account staff) {
        if (onBehalf == null) {
            check.problem("personName", "Please say whom you are posting for, and how they gave their consent.");
            check.throwIfAny();
        }
        OnBehalf b = onBehalf;
        Account personAccount = null;
        if (b.personEmail() != null && !b.personEmail().isBlank()) {
            if (!Texts.looksLikeEmail(b.personEmail().strip())) {
                check.problem("personEmail", "Please enter an email address like name@example.org.");
            } else {
                personAccount = em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                        .setParameter("email", Texts.normalizeEmail(b.personEmail())).getResultStream().findFirst()
                        .orElse(null);
                if (personAccount == null) {
                    check.problem("personEmail", "No member has this email address. Leave it empty if the person has "
                            + "no account.");
                } else if (personAccount.id().equals(staff.id())) {
                    check.problem("personEmail", "This is your own account. Please post for yourself in the usual way.");
                }
            }
        }
        String name = personAccount != null && (b.personName() == null || b.personName().isBlank())
                ? personAccount.displayName() : b.personName();
        check.requireLine("personName", name, "the person's name", NAME_MAX);
        ShownAs shownAs = ShownAs.parse(b.shownAs()).orElse(null);
        if (shownAs == null) {
            check.problem("shownAs", "Please choose whether the post shows the person's name or a pseudonym.");
        }
        boolean ownPseudonym = b.pseudonym() != null && !b.pseudonym().isBlank();
        if (shownAs == ShownAs.PSEUDONYM && personAccount == null && ownPseudonym) {
            check.requireLine("pseudonym", b.pseudonym(), "the pseudonym", NAME_MAX);
        }
        ConsentMethod method = ConsentMethod.parse(b.consentMethod()).orElse(null);
        if (method == null) {
            check.problem("consentMethod", "Please choose how the person gave their consent.");
        }
        if (b.consentGivenOn() == null) {
            check.problem("consentGivenOn", "Please enter the day the person gave their consent.");
        } else if (b.consentGivenOn().isAfter(LocalDate.now(HOME))) {
            check.problem("consentGivenOn", "The day of consent cannot be in the future.");
        }
        if (b.agreedTo() == null || b.agreedTo().isBlank()) {
            check.problem("agreedTo", "Please write down what the person agreed to.");
        } else if (b.agreedTo().length() > AGREED_MAX) {
            check.problem("agreedTo", "What the person agreed to can be at most 1000 characters long.");
        }
        if (!Boolean.TRUE.equals(b.consentConfirmed())) {
            check.problem("consentConfirmed", "Please confirm that the person agreed to this post being shared.");
        }
        check.throwIfAny();
        String shownName;
        if (shownAs == ShownAs.NAME) {
            shownName = name.strip();
        } else if (personAccount != null) {
            shownName = pseudonyms.forAccount(personAccount.id()).name();
        } else if (ownPseudonym) {
            shownName = b.pseudonym().strip();
        } else {
            shownName = madeUpPseudonym();
        }
        return new Checked(new Person(name.strip(), personAccount == null ? null : personAccount.id(), shownAs,
                shownName), method, b.consentGivenOn(), b.agreedTo().strip());
    }

    /** A pseudonym no member uses. */
    private String madeUpPseudonym() {
        for (int i = 0; i < 50; i++) {
            String name = generator.next();
            boolean taken = em.createQuery("SELECT COUNT(p) FROM Pseudonym p WHERE p.name = :name", Long.class)
                    .setParameter("name", name).getSingleResult() > 0;
            if (!taken) {
                return name;
            }
        }
        throw new IllegalStateException("No free pseudonym after 50 attempts");
    }

    private void record(AssistedConsent.PostKind kind, long postId, Checked checked, Viewer staff, String action) {
        AssistedConsent consent = new AssistedConsent(kind, postId, checked.person(), checked.method(),
                checked.givenOn(), checked.agreedTo(), staff.accountId().orElseThrow(),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(consent);
        em.flush();
        Person p = checked.person();
        audit.write(staff, AUDIT_SOURCE, action, kind.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(postId),
                "On behalf of " + p.name() + (p.accountId() == null ? " (no account)" : " (account " + p.accountId() + ")")
                        + ", shown as " + p.shownName() + " (" + p.shownAs().code() + "); consent "
                        + checked.method().code() + " on " + checked.givenOn() + ": " + checked.agreedTo()
                        + " [consent record " + consent.id() + "]");
    }
}
