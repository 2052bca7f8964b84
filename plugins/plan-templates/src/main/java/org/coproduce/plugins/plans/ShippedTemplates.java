package org.coproduce.plugins.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.coproduce.plugin.demo.DemoMode;

/**
 * The templates that ship with the plugin (added when missing, published, written by the portal itself), and in
 * demo mode a plan for the demo service user with the demo practitioner on its team.
 */
@ApplicationScoped
public class ShippedTemplates {

    /** The author id of the templates the portal itself wrote. */
    static final long PORTAL = 0;

    private static final Logger LOG = Logger.getLogger(ShippedTemplates.class.getName());

    private static TemplateInput.SectionRequest section(SectionKind kind, String heading, String prompt) {
        return new TemplateInput.SectionRequest(kind.code(), heading, prompt);
    }

    /** The shipped templates, in the order they are added. */
    static final List<TemplateInput.Request> TEMPLATES = List.of(
            new TemplateInput.Request("My support plan",
                    "A plan about the whole of someone's life and the support they choose, written with them and in their words.",
                    List.of(
                            section(SectionKind.FREE_TEXT, "What matters to me",
                                    "Start here. What makes a good day for you, and what makes a bad one? Write it the way you would say it."),
                            section(SectionKind.STRENGTHS, "What I am good at and what people like about me",
                                    "Things you do well, things you enjoy, and what the people who know you would say about you."),
                            section(SectionKind.NEEDS, "What I need help with",
                                    "One need at a time, in your words. For each one, say whether the help for it is in place, planned or still missing."),
                            section(SectionKind.GOALS, "What I want to happen",
                                    "What you would like to be different in the next few months, and how you would know it has happened."),
                            section(SectionKind.SUPPORTS, "Who helps, with what and when",
                                    "Each support or service: what it is, who gives it and when. Include help from family, friends and neighbours, not only services."),
                            section(SectionKind.TEAM, "The people in my team",
                                    "Who you want involved in this plan and why. You decide who is on the team, and you can change your mind."),
                            section(SectionKind.CONTINGENCY, "If things go wrong",
                                    "What might go wrong, the signs that it is starting, and what you want people to do then."))),
            new TemplateInput.Request("Leaving hospital",
                    "Planning the move home from a hospital stay, so that the right help is there on the first day, not a week later.",
                    List.of(
                            section(SectionKind.FREE_TEXT, "Going home: what I want",
                                    "Where you want to go when you leave hospital, and what would make it feel like home again."),
                            section(SectionKind.STRENGTHS, "What I can do for myself",
                                    "What you can still do on your own, and what you could do before you came into hospital."),
                            section(SectionKind.NEEDS, "What needs to be ready",
                                    "Equipment, changes at home, medicines, help with meals or getting about. Mark each as in place, planned or missing."),
                            section(SectionKind.SUPPORTS, "Help in the first weeks",
                                    "Each visit or service after you leave: what it is, who comes and when they start."),
                            section(SectionKind.CONTINGENCY, "If it is not working",
                                    "Who to ring if the help does not arrive or things get harder, day and night."))),
            new TemplateInput.Request("Staying well",
                    "A short plan for keeping well and for what should happen in a crisis, agreed in calm times.",
                    List.of(
                            section(SectionKind.STRENGTHS, "What keeps me well",
                                    "The people, places, routines and activities that help you stay well."),
                            section(SectionKind.NEEDS, "Early signs and what I need then",
                                    "The first signs that you are becoming unwell, and the help you need when you notice them."),
                            section(SectionKind.GOALS, "What I am working towards",
                                    "What you want to keep doing or start doing, however small."),
                            section(SectionKind.CONTINGENCY, "In a crisis",
                                    "What you want to happen in a crisis, what you do not want, and who should be told."))));

    static final String DEMO_PARTICIPANT = "serviceuser@example.org";
    static final String DEMO_PRACTITIONER = "practitioner@example.org";

    @Inject
    Templates templates;

    @Inject
    DemoPlan demoPlan;

    @Inject
    DemoMode demoMode;

    /** Adds the shipped templates that are missing, then (in demo mode) the demo plan if it is missing. */
    @Transactional
    public void addMissing() {
        int added = 0;
        for (TemplateInput.Request request : TEMPLATES) {
            if (templates.byTitle(request.title()).isEmpty()) {
                templates.ship(TemplateInput.from(request));
                added++;
            }
        }
        int count = added;
        LOG.info(() -> "Plan templates: " + count + " shipped template(s) added.");
        if (demoMode.on()) {
            demoPlan.addIfMissing(templates.byTitle(TEMPLATES.get(0).title()).orElseThrow());
        }
    }
}
