package org.coproduce.plugins.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The plugin's JSON shapes (camelCase records, written by JSON-B). */
public final class Views {

    private Views() {
    }

    /** A member named in a plan or template. */
    public record Person(long id, String displayName) {
    }

    /** A template in a list: the newest published version, and the newest draft for its authors. */
    public record TemplateSummary(long id, String title, String summary, Person author, Integer publishedVersion,
            Integer draftVersion) {
    }

    /** A template with the sections of one version. */
    public record Template(long id, String title, String summary, Person author, int version, boolean published,
            Instant publishedAt, Integer publishedVersion, Integer draftVersion, boolean editable,
            List<TemplateSectionView> sections) {
    }

    public record TemplateSectionView(int position, String kind, String kindLabel, String heading, String prompt) {
    }

    /** A plan in the list of the viewer's plans. */
    public record PlanSummary(long id, String templateTitle, Person participant, Instant createdAt, Instant updatedAt,
            boolean signedOff, LocalDate reviewDate) {
    }

    /** What an administrator may know about a plan: that it exists, not what it says or who it is for. */
    public record PlanExistence(long id, long templateId, String templateTitle, Instant createdAt, int teamSize) {
    }

    /** A whole plan, for its team. */
    public record PlanView(long id, long templateId, String templateTitle, int templateVersion, Person participant,
            Instant createdAt, Instant updatedAt, LocalDate reviewDate, Voice voice, SignOff signOff,
            AccessSummary access, List<TeamMemberView> team, List<SectionView> sections, boolean viewerIsParticipant) {
    }

    /** Voice: whether the participant feels heard, in their words. */
    public record Voice(String feelsHeard, String feelsHeardLabel, String note, Instant recordedAt) {
    }

    /** Ownership: whether the participant has signed off the plan as it stands. */
    public record SignOff(boolean signedOff, Instant signedOffAt) {
    }

    /** Access: how many needs have their support in place, planned or missing. */
    public record AccessSummary(int inPlace, int planned, int missing) {
    }

    public record TeamMemberView(long accountId, String displayName, String relationship, boolean participant,
            Instant addedAt) {
    }

    public record SectionView(long id, String kind, String kindLabel, String heading, String prompt,
            List<EntryView> entries) {
    }

    public record EntryView(long id, Person author, boolean ownWords, String text, String supportStatus,
            String supportStatusLabel, String who, String when, Instant writtenAt, Instant updatedAt) {
    }

    /** One line of a plan's audit trail: who read or changed it, and when. */
    public record AuditLine(Instant at, String actorName, String action, String detail) {
    }

    /** One change in a plan's history. */
    public record Change(long id, Instant at, Person actor, String summary, String text) {
    }
}
