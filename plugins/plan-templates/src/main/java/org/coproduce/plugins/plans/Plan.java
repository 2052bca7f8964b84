package org.coproduce.plugins.plans;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person-centred plan for one participant, started from a published template version. The participant owns
 * it: they choose the team, say whether they feel heard and sign it off; any later change clears the sign-off.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private long id;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "template_title", nullable = false, length = 200)
    private String templateTitle;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "feels_heard", length = 20)
    private FeelsHeard feelsHeard;

    @Column(name = "voice_note", length = 2000)
    private String voiceNote;

    @Column(name = "voice_at")
    private OffsetDateTime voiceAt;

    @Column(name = "signed_off_at")
    private OffsetDateTime signedOffAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<TeamMember> team = new ArrayList<>();

    protected Plan() {
    }

    /** A new plan with a copy of the template version's sections, so later template versions leave it alone. */
    Plan(TemplateVersion from, long participantId, long createdBy, OffsetDateTime at) {
        this.templateId = from.template().id();
        this.templateTitle = from.template().title();
        this.templateVersion = from.number();
        this.participantId = participantId;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
        for (TemplateSection s : from.sections()) {
            sections.add(new PlanSection(this, s.position(), s.kind(), s.heading(), s.prompt()));
        }
    }

    public long id() {
        return id;
    }

    public long templateId() {
        return templateId;
    }

    public String templateTitle() {
        return templateTitle;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public long participantId() {
        return participantId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Optional<LocalDate> reviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    public Optional<LocalDate> remindedFor() {
        return Optional.ofNullable(remindedFor);
    }

    public Optional<FeelsHeard> feelsHeard() {
        return Optional.ofNullable(feelsHeard);
    }

    public String voiceNote() {
        return voiceNote == null ? "" : voiceNote;
    }

    public Optional<OffsetDateTime> voiceAt() {
        return Optional.ofNullable(voiceAt);
    }

    public Optional<OffsetDateTime> signedOffAt() {
        return Optional.ofNullable(signedOffAt);
    }

    public boolean signedOff() {
        return signedOffAt != null;
    }

    List<PlanSection> sections() {
        return sections;
    }

    List<TeamMember> team() {
        return team;
    }

    /** Whether this member is on the team now (the participant always is). */
    public boolean onTeam(long accountId) {
        return accountId == participantId
                || team.stream().anyMatch(m -> m.accountId() == accountId && m.active());
    }

    public Optional<TeamMember> activeMember(long accountId) {
        return team.stream().filter(m -> m.accountId() == accountId && m.active()).findFirst();
    }

    public List<TeamMember> activeTeam() {
        return team.stream().filter(TeamMember::active).toList();
    }

    /**
     * The plan changed: the sign-off no longer covers it, until the participant agrees again.
     *
     * @return whether a sign-off was cleared
     */
    boolean changed(OffsetDateTime at) {
        updatedAt = at;
        boolean wasSignedOff = signedOffAt != null;
        signedOffAt = null;
        return wasSignedOff;
    }

    void signOff(OffsetDateTime at) {
        signedOffAt = at;
    }

    void recordVoice(FeelsHeard answer, String note, OffsetDateTime at) {
        feelsHeard = answer;
        voiceNote = note;
        voiceAt = at;
    }

    void review(LocalDate date) {
        reviewDate = date;
    }

    void reminded(LocalDate forDate) {
        remindedFor = forDate;
    }

    TeamMember add(long accountId, String relationship, long addedBy, OffsetDateTime at) {
        TeamMember member = new TeamMember(this, accountId, relationship, addedBy, at);
        team.add(member);
        return member;
    }
}
