package org.coproduce.portal.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.content.ModerationOutcome;
import org.coproduce.portal.search.SearchOutbox;

/**
 * Stories: sharing, reading (with the rules of who may read what), moderation, withdrawal and responses.
 *
 * <p>Who reads a story: everyone once it is approved; before that its author and moderators; once withdrawn,
 * its author only (everyone else is told there is no such story).
 */
@ApplicationScoped
public class Stories {

    private static final String FETCH = "SELECT s FROM Story s JOIN FETCH s.author LEFT JOIN FETCH s.pseudonym ";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    SearchOutbox search;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    PictureFiles pictureFiles;

    @Inject
    Event<StoryResponded> responded;

    @Inject
    Event<ModerationOutcome> outcomes;

    @Inject
    org.coproduce.portal.moderation.ModerationAudit audit;

    @jakarta.annotation.Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** The most pictures a story can have. */
    public static final int PICTURES_MAX = 4;

    /** The time now, to the microsecond the databases keep (so what is stored equals what was set). */
    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Shares a story: it waits for a moderator before anyone else sees it. */
    @Transactional
    public Story share(long authorId, String title, String body, boolean pseudonymous) {
        return share(authorId, title, body, pseudonymous, null);
    }

    /**
     * Shares a story written in {@code language} ("en" or "cy"; null or empty when the author does not say), so
     * that pages mark its language for screen readers and translation tools.
     */
    @Transactional
    public Story share(long authorId, String title, String body, boolean pseudonymous, String language) {
        String code = language == null || language.isBlank() ? null : language.strip();
        if (code != null && org.coproduce.portal.preferences.Language.parse(code).isEmpty()) {
            throw Problem.invalid(java.util.Map.of("language", "Please choose English or Welsh, or leave the language unsaid."));
        }
        StoryTexts.checkStory(title, body);
        Account author = em.find(Account.class, authorId);
        if (author == null) {
            throw Problem.notFound("This account no longer exists.");
        }
        Pseudonym pseudonym = pseudonymous ? pseudonyms.forAccount(authorId) : null;
        Story story = new Story(author, pseudonym, title, body, now());
        story.markLanguage(code == null ? null : org.coproduce.portal.preferences.Language.parse(code).orElseThrow().code());
        em.persist(story);
        em.flush();
        return story;
    }

    /**
     * A member of staff shares a story someone gave them (by phone, on paper, in person), shown under
     * {@code shownName}; linked to the person's account when they have one. It waits for a moderator like any
     * story. The consent record is kept by the caller ({@code assisted.AssistedPosting}) in the same transaction.
     */
    @Transactional
    public Story shareOnBehalf(long staffId, String title, String body, String language, String shownName,
            Long personAccountId) {
        Story story = share(staffId, title, body, false, language);
        story.sharedOnBehalf(shownName, personAccountId);
        em.flush();
        return story;
    }

    /** The story, if {@code viewer} may read it; otherwise 404, as if it did not exist. */
    public Story readable(long id, Viewer viewer) {
        Story story = em.createQuery(FETCH + "WHERE s.id = :id", Story.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
        if (story == null || !mayRead(story, viewer)) {
            throw Problem.notFound("There is no story with this number. It may have been withdrawn by its author.");
        }
        return story;
    }

    /** Whether {@code viewer} may read {@code story}. */
    public static boolean mayRead(Story story, Viewer viewer) {
        if (viewer.accountId().map(a -> story.writtenBy(a) || story.sharedFor(a)).orElse(false)) {
            return true;
        }
        if (story.withdrawn()) {
            return false;
        }
        return story.status() == StoryStatus.APPROVED || viewer.has(PortalRole.MODERATOR);
    }

    /** Published stories, newest first. */
    public PageOf<Story> published(int page, int size) {
        return withStatus(StoryStatus.APPROVED, page, size);
    }

    /**
     * Stories in one state, not withdrawn: published ones newest first; those waiting for a moderator
     * oldest first (the order to review them in).
     */
    public PageOf<Story> withStatus(StoryStatus status, int page, int size) {
        int offset = PageOf.offset(page, size);
        String order = switch (status) {
            case PENDING -> "s.createdAt ASC, s.id ASC";
            case APPROVED, REJECTED -> "s.moderatedAt DESC, s.id DESC";
        };
        List<Story> items = em.createQuery(FETCH + "WHERE s.status = :status AND s.withdrawnAt IS NULL ORDER BY "
                        + order, Story.class)
                .setParameter("status", status).setFirstResult(offset).setMaxResults(size).getResultList();
        long total = em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.status = :status AND s.withdrawnAt IS NULL",
                Long.class).setParameter("status", status).getSingleResult();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * An author's own stories in every state, withdrawn ones included, newest first; with them the stories staff
     * shared on this member's behalf.
     */
    public PageOf<Story> byAuthor(long authorId, int page, int size) {
        int offset = PageOf.offset(page, size);
        List<Story> items = em.createQuery(FETCH + "WHERE s.author.id = :author OR s.behalfAccountId = :author "
                                + "ORDER BY s.createdAt DESC, s.id DESC", Story.class)
                .setParameter("author", authorId).setFirstResult(offset).setMaxResults(size).getResultList();
        long total = em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.author.id = :author OR s.behalfAccountId = :author",
                        Long.class)
                .setParameter("author", authorId).getSingleResult();
        return new PageOf<>(items, page, size, total);
    }

    /** The responses under a story, oldest first (with their authors, in one query). */
    public List<StoryResponse> responses(long storyId) {
        TypedQuery<StoryResponse> query = em.createQuery("SELECT r FROM StoryResponse r JOIN FETCH r.author "
                + "WHERE r.story.id = :story ORDER BY r.createdAt ASC, r.id ASC", StoryResponse.class);
        return query.setParameter("story", storyId).getResultList();
    }

    /** A moderator publishes a story waiting for review. */
    @Transactional
    public Story approve(long id, Viewer moderator) {
        Story story = waitingForReview(id, moderator);
        story.approve(moderator.accountId().orElseThrow(), now());
        search.changed(SearchOutbox.STORY, story.id());
        outcomes.fire(new ModerationOutcome(story.author().id(), "story", story.id(), story.title(),
                ModerationOutcome.Decision.APPROVED, null, "/stories/story?id=" + story.id()));
        audit.record(moderator, "story.approve", "story", story.id(), null, "waiting for review", "published");
        return story;
    }

    /** A moderator turns a story down, with a reason the author reads. */
    @Transactional
    public Story reject(long id, Viewer moderator, String reason) {
        Texts check = new Texts();
        StoryTexts.requireText(check, "reason", reason, "a reason for the author", StoryTexts.REASON_MAX);
        check.throwIfAny();
        Story story = waitingForReview(id, moderator);
        story.reject(moderator.accountId().orElseThrow(), now(), reason);
        search.changed(SearchOutbox.STORY, story.id());
        outcomes.fire(new ModerationOutcome(story.author().id(), "story", story.id(), story.title(),
                ModerationOutcome.Decision.REJECTED, reason, "/stories/story?id=" + story.id()));
        audit.record(moderator, "story.reject", "story", story.id(), reason, "waiting for review", "turned down");
        return story;
    }

    /**
     * A moderator removes identifying details from a story (waiting or published): its title and text are replaced
     * by the moderator's de-identified version, the author is told why, and the audit log records that it happened
     * and why, but not the words removed (keeping them would defeat the purpose).
     */
    @Transactional
    public Story redact(long id, Viewer moderator, String title, String body, String reason) {
        if (!moderator.has(PortalRole.MODERATOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only moderators can remove identifying details.");
        }
        Texts check = new Texts();
        check.requireLine("title", title, "a title", StoryTexts.TITLE_MAX);
        StoryTexts.requireText(check, "body", body, "the story", StoryTexts.BODY_MAX);
        StoryTexts.requireText(check, "reason", reason, "a reason for the author", StoryTexts.REASON_MAX);
        check.throwIfAny();
        Story story = readable(id, moderator);
        if (moderator.accountId().map(a -> story.writtenBy(a) || story.sharedFor(a)).orElse(false)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "own_story",
                    "You wrote this story, so another moderator needs to change it.");
        }
        if (story.withdrawn()) {
            throw new Problem(Problem.Kind.CONFLICT, "story_withdrawn", "This story has been withdrawn by its author.");
        }
        if (story.title().equals(title) && story.body().equals(body)) {
            throw Problem.invalid(java.util.Map.of("body", "Nothing was changed. Please remove the identifying "
                    + "details from the title or the text."));
        }
        int before = story.title().length() + story.body().length();
        story.redact(title, body, moderator.accountId().orElseThrow(), now());
        search.changed(SearchOutbox.STORY, story.id());
        outcomes.fire(new ModerationOutcome(story.author().id(), "story", story.id(), story.title(),
                ModerationOutcome.Decision.REDACTED, reason, "/stories/story?id=" + story.id()));
        audit.record(moderator, "story.redact", "story", story.id(), reason,
                before + " characters, with identifying details (not kept)",
                (story.title().length() + story.body().length()) + " characters");
        return story;
    }

    private Story waitingForReview(long id, Viewer moderator) {
        if (!moderator.has(PortalRole.MODERATOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only moderators can review stories.");
        }
        Story story = readable(id, moderator);
        if (moderator.accountId().map(a -> story.writtenBy(a) || story.sharedFor(a)).orElse(false)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "own_story",
                    "You wrote this story, so another moderator needs to review it.");
        }
        if (story.withdrawn()) {
            throw new Problem(Problem.Kind.CONFLICT, "story_withdrawn", "This story has been withdrawn by its author.");
        }
        if (story.status() != StoryStatus.PENDING) {
            throw new Problem(Problem.Kind.CONFLICT, "already_reviewed", story.status() == StoryStatus.APPROVED
                    ? "This story has been published already." : "This story has been turned down already.");
        }
        return story;
    }

    /**
     * The author withdraws their story: at once it is gone for everyone else. Withdrawing twice is harmless. A
     * story shared on someone's behalf is withdrawn by the member of staff who shared it, by the person when it is
     * linked to their account, or by a moderator (at the person's request); see {@code AssistedPosting}, which
     * records it.
     */
    @Transactional
    public Story withdraw(long id, Viewer author) {
        Story story = readable(id, author);
        if (!mayWithdraw(story, author)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_the_author", "Only the person who shared a story can withdraw it.");
        }
        story.withdraw(now());
        search.changed(SearchOutbox.STORY, story.id());
        return story;
    }

    /** Whether {@code viewer} may withdraw {@code story} (see {@link #withdraw}). */
    public static boolean mayWithdraw(Story story, Viewer viewer) {
        return viewer.accountId().map(a -> story.writtenBy(a) || story.sharedFor(a)).orElse(false)
                || (story.onBehalf() && viewer.has(PortalRole.MODERATOR));
    }

    /** Whether {@code account} may respond under published stories: practitioners and moderators. */
    public static boolean mayRespond(Account account) {
        return account != null && account.verified()
                && (account.networkRole() == NetworkRole.PRACTITIONER || account.portalRole().includes(PortalRole.MODERATOR));
    }

    /** A practitioner or moderator responds under a published story. */
    @Transactional
    public StoryResponse respond(long storyId, Viewer viewer, long responderId, String body) {
        Texts check = new Texts();
        StoryTexts.requireText(check, "body", body, "your response", StoryTexts.RESPONSE_MAX);
        check.throwIfAny();
        Story story = readable(storyId, viewer);
        Account responder = em.find(Account.class, responderId);
        if (!mayRespond(responder)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_a_practitioner",
                    "Only practitioners and moderators can respond to stories.");
        }
        if (!story.isPublic()) {
            throw new Problem(Problem.Kind.CONFLICT, "not_published", "You can respond once the story is published.");
        }
        StoryResponse response = new StoryResponse(story, responder, body, now());
        em.persist(response);
        em.flush();
        responded.fire(new StoryResponded(story.id(), story.title(), story.author().id(), responder.displayName(), body));
        return response;
    }

    /**
     * The author adds a picture while the story waits for a moderator (so that moderators see it too). The
     * picture is checked by its content and re-encoded; if the change does not commit, the file is removed.
     */
    @Transactional
    public StoryPicture addPicture(long storyId, Viewer author, byte[] data, String altText) {
        Texts check = new Texts();
        check.requireLine("altText", altText, "a description of the picture for people who cannot see it", 300);
        check.throwIfAny();
        Story story = readable(storyId, author);
        if (!author.accountId().map(story::writtenBy).orElse(false)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not_the_author", "Only the person who shared a story can add pictures to it.");
        }
        if (story.withdrawn() || story.status() != StoryStatus.PENDING) {
            throw new Problem(Problem.Kind.CONFLICT, "not_pending",
                    "Pictures can be added while the story waits for a moderator, not after.");
        }
        long count = em.createQuery("SELECT COUNT(p) FROM StoryPicture p WHERE p.story.id = :story", Long.class)
                .setParameter("story", storyId).getSingleResult();
        if (count >= PICTURES_MAX) {
            throw new Problem(Problem.Kind.CONFLICT, "too_many_pictures", "A story can have at most " + PICTURES_MAX + " pictures.");
        }
        PictureProcessor.Processed picture = PictureProcessor.process(data);
        String name = pictureFiles.save(picture.bytes(), picture.extension());
        if (transactions != null) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != jakarta.transaction.Status.STATUS_COMMITTED) {
                        pictureFiles.delete(name);
                    }
                }
            });
        }
        StoryPicture stored = new StoryPicture(story, name, picture.contentType(), altText, picture.width(),
                picture.height(), now());
        em.persist(stored);
        em.flush();
        return stored;
    }

    /** A story's pictures, in the order added. */
    public List<StoryPicture> pictures(long storyId) {
        return em.createQuery("SELECT p FROM StoryPicture p WHERE p.story.id = :story ORDER BY p.id", StoryPicture.class)
                .setParameter("story", storyId).getResultList();
    }

    /** The picture with this file name, if {@code viewer} may read its story (else 404, as for the story). */
    public StoryPicture servable(String fileName, Viewer viewer) {
        StoryPicture picture = em.createQuery("SELECT p FROM StoryPicture p JOIN FETCH p.story s JOIN FETCH s.author "
                        + "WHERE p.fileName = :name", StoryPicture.class)
                .setParameter("name", fileName).getResultStream().findFirst().orElse(null);
        if (picture == null || !mayRead(picture.story(), viewer)) {
            throw Problem.notFound("There is no picture here.");
        }
        return picture;
    }
}
