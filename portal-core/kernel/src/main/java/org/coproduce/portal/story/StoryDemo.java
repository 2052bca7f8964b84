package org.coproduce.portal.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Demo stories: published ones (one under a pseudonym, with a practitioner's response) and one waiting for a
 * moderator. Each is added only if no story with its title exists.
 */
@ApplicationScoped
public class StoryDemo implements DemoLoader {

    static final String REVIEW_TITLE = "The day I chaired my own review";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Stories stories;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load() {
        Optional<Account> serviceUser = accounts.findByEmail("serviceuser@example.org");
        Optional<Account> student = accounts.findByEmail("student@example.org");
        Optional<Account> practitioner = accounts.findByEmail("practitioner@example.org");
        Optional<Account> moderator = accounts.findByEmail("moderator@example.org");
        if (serviceUser.isEmpty() || student.isEmpty() || practitioner.isEmpty() || moderator.isEmpty()) {
            return;
        }
        Viewer moderating = viewer(moderator.get());

        published(serviceUser.get(), REVIEW_TITLE, """
                For years my reviews happened *to* me. Six people round a table, a form already filled in, and me
                asked at the end whether I had anything to add.

                This spring my worker asked a different question first: who did I want in the room, and would I like
                to run the meeting myself? I said yes before I could talk myself out of it.

                We planned it together over two cups of tea. I wrote the agenda in my own words:

                - what has gone well since last time
                - what I want to try next
                - what gets in the way

                On the day I was nervous, but the plan was mine, so I knew where we were going. The provider heard
                from me, not about me, why mornings matter so much. We changed my call times there and then.

                If you are a worker reading this: ask first, fill the form in afterwards.
                """, true, moderating).ifPresent(story -> stories.respond(story.id(), viewer(practitioner.get()),
                practitioner.get().id(), """
                        Thank you for writing this. Our team has started sending the agenda out blank a week before
                        each review, with a note asking the person what they want on it. It is early days, but the
                        meetings are shorter and far more useful.
                        """));

        published(student.get(), "What a peer trainer taught me on placement", """
                On my second placement the most useful teaching did not come from a lecture. It came from Dee, a
                peer trainer who has used mental health services for twenty years.

                She asked our group to rewrite a discharge letter so that the person it was about could read it on
                a bad day. It took us an hour to make one page plain. Nobody had ever asked us to do that before.

                I now read everything I write as if the person is sitting next to me. It has changed how I write
                case notes, and what I leave out of them.
                """, false, moderating);

        published(serviceUser.get(), "Designing the leaflet together", """
                Our local carers' centre wanted a new leaflet about short breaks. Instead of sending a draft round
                for comments, they booked a room and invited six of us who use the service.

                We threw out the first draft together. The staff were surprised that what we most wanted to know
                was not who is eligible, but *what happens on the first day*.

                The leaflet that came out of it is half the length and has a photo of the actual front door. More
                people have asked for a break this year than last.
                """, false, moderating);

        if (!exists("Still waiting for the ramp")) {
            stories.share(student.get().id(), "Still waiting for the ramp", """
                    My flatmate has waited eight months for a ramp at our front door. Every call ends with "it is with
                    the panel". We would happily sit on the panel if that would help.
                    """, false);
        }
    }

    private Optional<Story> published(Account author, String title, String body, boolean pseudonymous, Viewer moderator) {
        if (exists(title)) {
            return Optional.empty();
        }
        Story story = stories.share(author.id(), title, body, pseudonymous);
        return Optional.of(stories.approve(story.id(), moderator));
    }

    private boolean exists(String title) {
        return em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.title = :title", Long.class)
                .setParameter("title", title).getSingleResult() > 0;
    }

    private static Viewer viewer(Account account) {
        return new Viewer(Optional.of(account.id()), account.displayName(), Optional.of(account.portalRole()),
                account.verified());
    }
}
