package org.coproduce.plugins.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.junit.jupiter.api.Test;

/** Ownership, team membership, privacy and review reminders: the rules, without a database. */
class PlanRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Plan plan(long participant) {
        PlanTemplate template = new PlanTemplate("My support plan", "", 0, T0);
        TemplateVersion version = new TemplateVersion(template, 1, 0, T0);
        version.replaceSections(List.of(new TemplateInput.Section(SectionKind.NEEDS, "Needs", "One at a time."),
                new TemplateInput.Section(SectionKind.GOALS, "Goals", "What you want.")));
        version.publish(T0);
        return new Plan(version, participant, participant, T0);
    }

    private static Viewer viewer(long id, PortalRole role) {
        return new Viewer(Optional.of(id), "Someone", Optional.of(role), true);
    }

    @Test
    void aPlanCopiesItsTemplatesSectionsInOrder() {
        Plan plan = plan(7);
        assertEquals(List.of(SectionKind.NEEDS, SectionKind.GOALS), plan.sections().stream().map(PlanSection::kind).toList());
        assertEquals("My support plan", plan.templateTitle());
    }

    @Test
    void aChangeAfterTheSignOffClearsIt() {
        Plan plan = plan(7);
        assertFalse(plan.changed(T0.plusMinutes(1)), "nothing to clear yet");
        plan.signOff(T0.plusMinutes(2));
        assertTrue(plan.signedOff());
        assertTrue(plan.changed(T0.plusMinutes(3)), "the sign-off was cleared");
        assertFalse(plan.signedOff());
        assertEquals(T0.plusMinutes(3), plan.updatedAt());
    }

    @Test
    void theParticipantIsAlwaysOnTheTeamAndARemovedMemberIsNot() {
        Plan plan = plan(7);
        assertTrue(plan.onTeam(7));
        assertFalse(plan.onTeam(8));
        TeamMember member = plan.add(8, "Social worker", 7, T0);
        assertTrue(plan.onTeam(8));
        member.remove(T0.plusDays(1));
        assertFalse(plan.onTeam(8));
        assertEquals(List.of(), plan.activeTeam());
    }

    @Test
    void onlyTheTeamReadsAPlanAdministratorsLearnItExistsOthersThatItDoesNot() {
        assertEquals(PlanPrivacy.Access.READ, PlanPrivacy.of(viewer(1, PortalRole.MEMBER), true));
        assertEquals(PlanPrivacy.Access.READ, PlanPrivacy.of(viewer(1, PortalRole.ADMIN), true));
        assertEquals(PlanPrivacy.Access.HIDDEN, PlanPrivacy.of(viewer(1, PortalRole.MEMBER), false));
        assertEquals(PlanPrivacy.Access.HIDDEN, PlanPrivacy.of(viewer(1, PortalRole.MODERATOR), false));
        assertEquals(PlanPrivacy.Access.EXISTS_ONLY, PlanPrivacy.of(viewer(1, PortalRole.ADMIN), false));
        assertEquals(PlanPrivacy.Access.SIGN_IN, PlanPrivacy.of(Viewer.ANONYMOUS, false));
        assertEquals(Problem.Kind.NOT_FOUND, assertThrows(Problem.class,
                () -> PlanPrivacy.requireTeam(viewer(1, PortalRole.MODERATOR), false)).kind());
        assertEquals(Problem.Kind.FORBIDDEN, assertThrows(Problem.class,
                () -> PlanPrivacy.requireTeam(viewer(1, PortalRole.ADMIN), false)).kind());
        assertEquals(Problem.Kind.UNAUTHORIZED, assertThrows(Problem.class,
                () -> PlanPrivacy.requireTeam(Viewer.ANONYMOUS, false)).kind());
    }

    @Test
    void aReviewIsRemindedFromAWeekBeforeAndOncePerDate() {
        LocalDate review = LocalDate.of(2027, 3, 31);
        assertFalse(DueReviews.due(review, null, review.minusDays(8)));
        assertTrue(DueReviews.due(review, null, review.minusDays(7)));
        assertTrue(DueReviews.due(review, null, review.plusDays(2)), "a missed check still reminds");
        assertFalse(DueReviews.due(review, review, review.minusDays(3)), "already reminded for this date");
        assertTrue(DueReviews.due(review, review.minusMonths(6), review.minusDays(3)), "a new date is reminded again");
        assertFalse(DueReviews.due(null, null, review));
    }

    @Test
    void kindsStatusesAndAnswersAreReadWithoutRegardToCase() {
        assertEquals(Optional.of(SectionKind.FREE_TEXT), SectionKind.fromCode(" Free-Text "));
        assertEquals(Optional.empty(), SectionKind.fromCode("FREE_TEXT"));
        assertEquals(Optional.of(SupportStatus.IN_PLACE), SupportStatus.fromCode("in-place"));
        assertEquals(Optional.of(FeelsHeard.PARTLY), FeelsHeard.fromCode("PARTLY"));
        assertEquals(Optional.empty(), FeelsHeard.fromCode(null));
    }
}
