package org.coproduce.plugins.plans;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.member.Member;

/** Builds the whole plan's view from what was loaded (no further queries). */
final class PlanViews {

    private PlanViews() {
    }

    static Views.PlanView of(Plan plan, List<PlanSection> sections, Map<Long, Member> people, long viewerId) {
        int inPlace = 0;
        int planned = 0;
        int missing = 0;
        List<Views.SectionView> sectionViews = new ArrayList<>();
        for (PlanSection s : sections) {
            List<Views.EntryView> entries = new ArrayList<>();
            for (PlanEntry e : s.entries()) {
                if (e.supportStatus().isPresent()) {
                    switch (e.supportStatus().get()) {
                        case IN_PLACE -> inPlace++;
                        case PLANNED -> planned++;
                        case MISSING -> missing++;
                    }
                }
                entries.add(new Views.EntryView(e.id(), Templates.person(people, e.authorId()), e.ownWords(), e.body(),
                        e.supportStatus().map(SupportStatus::code).orElse(null),
                        e.supportStatus().map(SupportStatus::label).orElse(null),
                        s.kind().hasWhoAndWhen() ? e.who() : null, s.kind().hasWhoAndWhen() ? e.due() : null,
                        e.writtenAt().toInstant(), e.updatedAt().toInstant()));
            }
            sectionViews.add(new Views.SectionView(s.id(), s.kind().code(), s.kind().label(), s.heading(), s.prompt(), entries));
        }
        List<Views.TeamMemberView> team = new ArrayList<>();
        team.add(new Views.TeamMemberView(plan.participantId(), Templates.person(people, plan.participantId()).displayName(),
                "The person this plan is for", true, plan.createdAt().toInstant()));
        for (TeamMember m : plan.activeTeam()) {
            team.add(new Views.TeamMemberView(m.accountId(), Templates.person(people, m.accountId()).displayName(),
                    m.relationship(), false, m.addedAt().toInstant()));
        }
        Views.Voice voice = new Views.Voice(plan.feelsHeard().map(FeelsHeard::code).orElse(null),
                plan.feelsHeard().map(FeelsHeard::label).orElse(null), plan.voiceNote(),
                plan.voiceAt().map(OffsetDateTime::toInstant).orElse(null));
        return new Views.PlanView(plan.id(), plan.templateId(), plan.templateTitle(), plan.templateVersion(),
                Templates.person(people, plan.participantId()), plan.createdAt().toInstant(), plan.updatedAt().toInstant(),
                plan.reviewDate().orElse(null), voice,
                new Views.SignOff(plan.signedOff(), plan.signedOffAt().map(OffsetDateTime::toInstant).orElse(null)),
                new Views.AccessSummary(inPlace, planned, missing), team, sectionViews, viewerId == plan.participantId());
    }
}
