package org.coproduce.portal.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Demo guidance: three documents on co-production in social care, published by the demo moderator and
 * administrator; one has two versions. Adds only the documents that are missing (found by title).
 */
@ApplicationScoped
public class GuidanceDemo implements DemoLoader {

    private static final Logger LOG = Logger.getLogger(GuidanceDemo.class.getName());

    static final String MEETINGS = "Running meetings that everyone can take part in";
    static final String PLANNING = "Planning care and support together";
    static final String PAYMENT = "Recognising and paying people for their time";

    @Inject
    GuidanceLibrary library;

    @Inject
    Accounts accounts;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        long moderator = accounts.findByEmail("moderator@example.org").map(Account::id).orElseThrow();
        long admin = accounts.findByEmail("admin@example.org").map(Account::id).orElseThrow();
        int added = 0;
        if (library.findByTitle(MEETINGS).isEmpty()) {
            library.publish(meetings(), null, moderator);
            added++;
        }
        if (library.findByTitle(PLANNING).isEmpty()) {
            GuidanceVersion first = library.publish(planningFirst(), null, moderator);
            library.publish(planningSecond(), first.documentId(), admin);
            added++;
        }
        if (library.findByTitle(PAYMENT).isEmpty()) {
            library.publish(payment(), null, admin);
            added++;
        }
        int count = added;
        LOG.info(() -> "Demo mode: " + count + " guidance document(s) added.");
    }

    static GuidanceContent meetings() {
        return new GuidanceContent(MEETINGS,
                "How to plan, chair and follow up meetings so that people who use services and carers take part as "
                        + "equals with practitioners, not as guests at someone else's meeting.",
                List.of(new Section("Before the meeting", """
                                Agree the date and time with everyone, not only with the staff team. Ask each person what \
                                helps them take part: a quiet room, a break every hour, papers in large print, an interpreter, \
                                someone to come with them.

                                Send the agenda and papers **at least a week ahead**, written in plain words. If a paper is \
                                long, put a one-page summary on top.

                                - Pay travel costs in advance, not weeks later.
                                - Check the room is step-free and has a hearing loop.
                                - Offer a short call beforehand to anyone new, so they know what to expect."""),
                        new Section("During the meeting", """
                                Share the chair. A person who uses services and a practitioner can chair together, and the \
                                role can rotate.

                                Start with introductions that say why each person is there, not only their job title. Agree \
                                how people will ask to speak, and stick to it. Keep jargon out: if someone uses an \
                                abbreviation, anyone may ask what it means, and the chair should ask first."""),
                        new Section("After the meeting", """
                                Send a short note of what was agreed within a week, in the same plain words as the agenda. \
                                Say who will do what, and by when.

                                Ask people how the meeting felt for them, and change the next one because of what they say. \
                                Tell them what you changed.""")),
                List.of("Plan the meeting with the people who will be in it.",
                        "Papers a week ahead, in plain words.",
                        "Share the chair and keep jargon out.",
                        "Close the loop: say what changed because of what people said."),
                List.of(new Reference("Think Local Act Personal: the ladder of co-production", null),
                        new Reference("Social Care Institute for Excellence: Co-production in social care, what it is and how to do it", null)),
                List.of("meetings", "accessibility", "getting-started"));
    }

    static GuidanceContent planningFirst() {
        return new GuidanceContent(PLANNING,
                "Care and support plans work best when the person writes them with their practitioner. This guide "
                        + "sets out how to share the pen.",
                List.of(new Section("Start with what matters", """
                                Begin with the person's own words about a good day and a bad day. Write these down as they \
                                are said. Only then talk about services."""),
                        new Section("Share the pen", """
                                The plan belongs to the person. Offer to type while they talk, or let them write it \
                                themselves. Read each part back and change it until they agree.""")),
                List.of("Start from the person's own words.", "The plan belongs to the person."),
                List.of(new Reference("Care Act 2014, section 25: care and support plans",
                        "https://www.legislation.gov.uk/ukpga/2014/23/section/25")),
                List.of("care-planning", "personalisation"));
    }

    static GuidanceContent planningSecond() {
        return new GuidanceContent(PLANNING,
                "Care and support plans work best when the person writes them with their practitioner, and with the "
                        + "carers and family they choose. This guide sets out how to share the pen and keep the plan alive.",
                List.of(new Section("Start with what matters", """
                                Begin with the person's own words about a good day and a bad day. Write these down as they \
                                are said. Only then talk about services.

                                Ask who else should be part of the conversation: a carer, a friend, an advocate. The person \
                                decides."""),
                        new Section("Share the pen", """
                                The plan belongs to the person. Offer to type while they talk, or let them write it \
                                themselves. Read each part back and change it until they agree.

                                Use the person's words in the plan, not professional terms. "I like to be up by eight and \
                                have my tea strong" is a better plan than "support with morning routine"."""),
                        new Section("Review it together", """
                                Agree when and how the plan will be looked at again, and who can ask for an earlier review. \
                                A review is a conversation, not a form: start again from what is working and what is not.""")),
                List.of("Start from the person's own words.",
                        "The plan belongs to the person; carers join when the person wants them to.",
                        "Review the plan together, as a conversation."),
                List.of(new Reference("Care Act 2014, section 25: care and support plans",
                                "https://www.legislation.gov.uk/ukpga/2014/23/section/25"),
                        new Reference("Care Act 2014, section 27: review of care and support plans",
                                "https://www.legislation.gov.uk/ukpga/2014/23/section/27")),
                List.of("care-planning", "personalisation", "carers"));
    }

    static GuidanceContent payment() {
        return new GuidanceContent(PAYMENT,
                "People who use services and carers who give their time and expertise to co-production should be "
                        + "recognised for it, in a way that works for them and does not put their benefits at risk.",
                List.of(new Section("Agree it at the start", """
                                Before any work begins, agree with each person how they want their time recognised: a fee, \
                                a voucher, learning and training, or simply expenses. Put it in writing and keep a copy for \
                                them."""),
                        new Section("Protect people's benefits", """
                                Some payments can affect welfare benefits. Offer every person the chance to speak to an \
                                independent benefits adviser before they accept a payment, and never make payment a \
                                condition of taking part."""),
                        new Section("Pay quickly and simply", """
                                Pay expenses on the day, or in advance, in cash if the person prefers. Keep forms short. A \
                                person should never be out of pocket because they helped you.""")),
                List.of("Agree recognition before the work starts.",
                        "Offer independent benefits advice.",
                        "Nobody should be out of pocket for taking part."),
                List.of(new Reference("National Institute for Health and Care Research: payment guidance for researchers and professionals", null)),
                List.of("payment", "getting-started"));
    }
}
