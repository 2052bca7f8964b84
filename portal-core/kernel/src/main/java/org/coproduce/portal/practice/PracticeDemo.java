package org.coproduce.portal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Demo practice examples from several countries and at every partnership level. Each is added only if its
 * reference number is not in the register. The organisations and addresses are made up (example.org).
 */
@ApplicationScoped
public class PracticeDemo implements DemoLoader {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PracticeExamples examples;

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load() {
        Optional<Account> practitioner = accounts.findByEmail("practitioner@example.org");
        Optional<Account> moderator = accounts.findByEmail("moderator@example.org");
        Optional<Account> serviceUser = accounts.findByEmail("serviceuser@example.org");
        if (practitioner.isEmpty() || moderator.isEmpty() || serviceUser.isEmpty()) {
            return;
        }
        add(practitioner.get(), new NewPracticeExample(
                "Tenants write the repairs standard", "Council tenants with support needs rewrote the repairs "
                + "standard with the housing team, and now sit on the panel that checks it is met.",
                """
                The housing team wanted to improve how quickly repairs reached tenants who live with support needs.
                Instead of writing a new standard and consulting on it, they recruited eight tenants and paid them
                for their time.

                Over four sessions the group agreed what a *good* repair visit looks like: a named person, a time
                slot that fits around care visits, and a call the day after. The tenants chose the wording.

                Two of the tenants now sit on the quarterly panel that reviews the figures, with the same vote as
                the managers.
                """, "GB", "Afon Valley Housing (example)", "repairs-panel@example.org", "GB-12", "COPRODUCTION",
                List.of("housing", "standards", "paid participation"),
                List.of("Repairs for tenants with support needs done in 9 days instead of 23",
                        "Tenant panel members paid at the living wage"),
                List.of("https://example.org/reports/repairs-standard-review")));

        add(moderator.get(), new NewPracticeExample(
                "Shared planning days for hospital discharge", "Hospital, council and home-care staff plan "
                + "discharges together once a week, so that people are not kept waiting between services.",
                """
                Three organisations each had their own discharge checklist. Once a week their staff now meet for an
                hour with the list of people due home in the next fortnight and agree who does what.

                Each organisation still makes its own decisions, but nobody learns about a discharge on the day.
                """, "GB", "Bro Morgannwg partnership (example)", "https://example.org/discharge-planning", "GB-31",
                "COORDINATION", List.of("hospital discharge", "integration"),
                List.of("Fewer delayed discharges over the winter"), List.of()));

        add(practitioner.get(), new NewPracticeExample(
                "Day centre menus chosen with members", "Members of a day centre work with the kitchen staff "
                + "to plan menus and run a monthly tasting day.",
                """
                The kitchen asked members what they would like to eat, tried the ideas at a monthly tasting day, and
                kept what people liked. The manager still sets the budget and signs off the menu.
                """, "SE", "Solrosen dagverksamhet (example)", "kontakt@example.org", "SE-60", "COOPERATION",
                List.of("older people", "food", "day services"),
                List.of("Less food thrown away", "More members staying for lunch"), List.of()));

        add(serviceUser.get(), new NewPracticeExample(
                "Young people interview their new support workers", "Young people leaving care sit on the "
                + "interview panel for the workers who will support them, with equal marks.",
                """
                A youth panel of five care leavers wrote two of the interview questions and marked every candidate.
                Their marks counted the same as the managers'. The panel was trained and paid, and met afterwards to
                say what they would change next time.
                """, "NL", "Jeugdhulp Rivierenland (example)", "https://example.org/jongerenpanel", "NL-7",
                "COLLABORATION", List.of("young people", "recruitment", "care leavers"),
                List.of("Two panel members now train other panels"),
                List.of("https://example.org/evaluations/youth-panels")));

        add(practitioner.get(), new NewPracticeExample(
                "Peer-run recovery college courses", "Courses on living well with mental health problems are "
                + "written and taught by a peer trainer and a practitioner together.",
                """
                Every course has two tutors: one with lived experience of mental health problems and one
                practitioner. They write the course together, teach it together and review the feedback together.
                Students include people who use services, families and staff, in the same room.
                """, "IE", "Recovery College West (example)", "https://example.org/recovery-college", "IE-21",
                "COPRODUCTION", List.of("mental health", "peer support", "education"),
                List.of("Over 300 students a year", "Staff report changes in how they write care plans"),
                List.of("https://example.org/recovery-college/annual-report")));

        add(moderator.get(), new NewPracticeExample(
                "Whānau decide the plan first", "In family group conferences the family meets alone first and "
                + "writes its own plan before the professionals return.",
                """
                Professionals share what they know and what worries them, then leave the room. The family, with
                their elders, makes a plan in private time. The professionals come back and agree the plan unless it
                leaves a child unsafe.
                """, "NZ", "Family Group Conferences Aotearoa (example)", "https://example.org/fgc", "NZ-3",
                "COLLABORATION", List.of("families", "children", "decision making"),
                List.of("Most plans agreed without changes"), List.of()));
    }

    private void add(Account author, NewPracticeExample example) {
        String reference = example.referenceNumber();
        boolean present = em.createQuery("SELECT COUNT(e) FROM PracticeExample e WHERE e.referenceNumber = :r",
                Long.class).setParameter("r", reference).getSingleResult() > 0;
        if (!present) {
            examples.add(author.id(), example);
        }
    }
}
