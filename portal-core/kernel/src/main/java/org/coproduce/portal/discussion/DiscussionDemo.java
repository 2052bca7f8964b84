package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Demo discussions: categories (one for members only), threads with replies and quotes by the demo accounts,
 * a pinned thread and a locked one. Adds only what is missing (categories by name, threads by title).
 */
@ApplicationScoped
public class DiscussionDemo implements DemoLoader {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    /** A reply of the demo: who writes it, its text, and the index of an earlier reply it quotes (or -1). */
    private record DemoReply(String author, String body, int quotes) {
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        Instant base = Instant.now().minus(Duration.ofDays(12));
        Category start = category("Getting started with co-production",
                "New to co-production? Ask anything, share what you have tried and meet others in the network.", false, 10);
        Category planning = category("Planning care together",
                "Reviews, support plans and everyday decisions made with people rather than for them.", false, 20);
        Category dilemmas = category("Practice dilemmas (members only)",
                "A quieter room for members to talk through difficult situations. Please leave out anything that could "
                        + "identify a person.", true, 30);
        Category students = category("Students and new practitioners",
                "Placements, first jobs and the questions you were afraid to ask on your course.", false, 40);

        DiscussionThread welcome = thread(start, "moderator@example.org", "Welcome: how these discussions work",
                """
                Hello and welcome. These discussions are for **everyone** in the network: people who use services, \
                carers, practitioners and students.

                A few things that help:

                - Write as you would speak to someone across a table.
                - Quote the reply you are answering, so others can follow.
                - Leave out names and details that could identify someone.

                Moderators may pin useful threads and lock ones that have run their course.""",
                List.of("welcome", "house-rules"), base, List.of(
                        new DemoReply("serviceuser@example.org", "Thank you. It helps to know the rules before I post anything.", -1),
                        new DemoReply("student@example.org", "Is it all right to ask very basic questions here?", -1),
                        new DemoReply("moderator@example.org", "Yes, please do. Basic questions are often the ones "
                                + "other people are quietly wondering about too.", 1)));
        if (welcome != null) {
            welcome.pin(true);
        }

        thread(planning, "practitioner@example.org",
                "How do you make a care review feel like a conversation, not an inspection?",
                """
                I do a lot of annual reviews and I worry they feel like a checklist to the people I visit. \
                The form drives the conversation and I end up asking questions in the order the boxes appear.

                What has worked for you, on either side of the table?""",
                List.of("care-reviews", "support-planning"), base.plus(Duration.ofDays(1)), List.of(
                        new DemoReply("serviceuser@example.org", """
                                The best review I had started with "what has been good this year?" and the form \
                                only came out at the end. I felt listened to, not assessed.""", -1),
                        new DemoReply("student@example.org", "On placement I saw a worker send the questions a week "
                                + "before, so the person could think about them with their family first.", -1),
                        new DemoReply("practitioner@example.org", """
                                That opening question is so simple. I am going to try it this week and fill in the \
                                form together afterwards, on the screen where we can both see it.""", 0),
                        new DemoReply("serviceuser@example.org", "Seeing the screen matters. Then I know what is "
                                + "written about me, and I can say when it is wrong.", 2)));

        thread(start, "serviceuser@example.org", "Paying people for their time: vouchers, cash or nothing?",
                """
                Our local group keeps going round in circles on this. Some of us rely on benefits and worry that \
                cash could cause problems; others say vouchers feel patronising.

                How do other groups recognise the time people give?""",
                List.of("payment", "involvement"), base.plus(Duration.ofDays(3)), List.of(
                        new DemoReply("practitioner@example.org", """
                                We offer a choice: cash, a voucher or nothing, and we pay travel and care costs \
                                up front so nobody is out of pocket. We also point people to independent benefits \
                                advice before they decide.""", -1),
                        new DemoReply("moderator@example.org", "Paying travel up front is the part that most often "
                                + "gets missed. Thank you for saying it.", 0)));

        thread(dilemmas, "practitioner@example.org", "When a family carer and the person disagree about risk",
                """
                A man I support wants to go back to catching the bus to town on his own. His daughter, who cares \
                for him, is frightened he will fall. Both have good reasons.

                How do you hold a conversation where both of them are heard, without me deciding for them?""",
                List.of("risk", "carers"), base.plus(Duration.ofDays(5)), List.of(
                        new DemoReply("serviceuser@example.org", """
                                When this happened to me, what helped was talking about *what would make it safer* \
                                rather than *whether* I should do it. We agreed I would phone when I arrived.""", -1),
                        new DemoReply("moderator@example.org", "A small trial with an agreed check-in can give both "
                                + "people something to learn from, rather than a win or a loss.", 0)));

        thread(students, "student@example.org", "Placement advice: where do I start with co-production?",
                """
                I start a placement with a day service next month. My course talked a lot about co-production but \
                I am not sure what I can actually *do* as a student.""",
                List.of("placements", "students"), base.plus(Duration.ofDays(7)), List.of(
                        new DemoReply("practitioner@example.org", "Start by asking the people who use the service what "
                                + "they wish students knew. Then share what you learn with the staff team.", -1),
                        new DemoReply("student@example.org", "I like that. I could make it a short list and check it "
                                + "with them before I share it.", 0)));

        DiscussionThread consultation = thread(planning, "moderator@example.org",
                "Consultation: your views on the new respite guidance (closed)",
                "We collected views on the draft respite guidance here. Thank you to everyone who took part.",
                List.of("consultation", "respite"), base.plus(Duration.ofDays(2)), List.of(
                        new DemoReply("serviceuser@example.org", "Please keep emergency respite in the guidance. It kept "
                                + "my family going last winter.", -1)));
        if (consultation != null) {
            consultation.lock(true, "The consultation closed on 30 September. A summary of what people said will be "
                    + "posted in a new thread.");
        }
        em.flush();
    }

    private Category category(String name, String description, boolean membersOnly, int position) {
        return em.createQuery("SELECT c FROM Category c WHERE c.name = :n", Category.class).setParameter("n", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Category c = new Category(name, description, membersOnly, position, Instant.now());
                    em.persist(c);
                    return c;
                });
    }

    /** Adds the thread and its replies unless a thread with this title exists; returns the new thread or null. */
    private DiscussionThread thread(Category category, String author, String title, String body, List<String> tags,
                                    Instant at, List<DemoReply> replies) {
        em.flush();
        boolean exists = !em.createQuery("SELECT t.id FROM DiscussionThread t WHERE t.title = :t", Long.class)
                .setParameter("t", title).getResultList().isEmpty();
        Account writer = accounts.findByEmail(author).orElse(null);
        if (exists || writer == null) {
            return null;
        }
        DiscussionThread thread = new DiscussionThread(category.id(), writer.id(), title, body, tags, at);
        em.persist(thread);
        em.flush();
        List<Reply> written = new ArrayList<>();
        Instant when = at;
        for (DemoReply r : replies) {
            when = when.plus(Duration.ofHours(5));
            Account replier = accounts.findByEmail(r.author()).orElseThrow();
            Reply reply = new Reply(thread.id(), replier.id(), r.body(), r.quotes() < 0 ? null : written.get(r.quotes()).id(), when);
            em.persist(reply);
            em.flush();
            written.add(reply);
            thread.replied(when);
        }
        return thread;
    }
}
