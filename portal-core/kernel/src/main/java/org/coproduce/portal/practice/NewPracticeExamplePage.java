package org.coproduce.portal.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.web.FacesPages;

/** The form to add a practice example. Lists are typed one item a line (tags: separated by commas). */
@Named
@RequestScoped
public class NewPracticeExamplePage {

    @Inject
    RequestViewer viewer;

    @Inject
    PracticeExamples examples;

    private Account account;
    private String title;
    private String summary;
    private String body;
    private String country;
    private String organisation;
    private String contact;
    private String referenceNumber;
    private String partnershipLevel;
    private String tags;
    private String outcomes;
    private String evidenceLinks;
    private List<Long> relatedGuidanceIds = new ArrayList<>();
    private String relatedThreads;
    private List<PracticeExamples.RelatedItem> guidanceChoices;

    @PostConstruct
    void load() {
        account = viewer.account().orElse(null);
    }

    public String add() {
        try {
            long author = org.coproduce.portal.content.Contributors.requireVerifiedMember(viewer.get());
            List<Long> threadIds;
            try {
                threadIds = ThreadReferences.parse(relatedThreads);
            } catch (Problem unreadable) {
                throw withOtherChecks(unreadable);
            }
            PracticeExample example = examples.add(author, input(threadIds));
            FacesPages.flashInfo("Thank you: the practice example " + example.referenceNumber() + " is in the register.");
            FacesPages.redirect("/practice/example?id=" + example.id());
        } catch (Problem problem) {
            FacesPages.show(problem, "example");
        }
        return null;
    }

    private NewPracticeExample input(List<Long> threadIds) {
        return new NewPracticeExample(title, summary, body, country, organisation, contact, referenceNumber,
                partnershipLevel, split(tags, ","), split(outcomes, "\n"), split(evidenceLinks, "\n"),
                relatedGuidanceIds, threadIds);
    }

    /** The thread field's problem together with those of the other fields, so that one try shows them all. */
    private Problem withOtherChecks(Problem unreadable) {
        try {
            input(List.of()).checked();
            return unreadable;
        } catch (Problem others) {
            Map<String, String> messages = new LinkedHashMap<>();
            others.fields().forEach(f -> messages.put(f.field(), f.message()));
            unreadable.fields().forEach(f -> messages.put(f.field(), f.message()));
            return Problem.invalid(messages);
        }
    }

    static List<String> split(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator.equals("\n") ? "\\R" : separator))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isVerified() {
        return account != null && account.verified();
    }

    public List<Countries.Country> getCountries() {
        return Countries.all();
    }

    public List<PartnershipLevel> getLevels() {
        return Arrays.asList(PartnershipLevel.values());
    }

    /** Published guidance documents to choose from (read once per request). */
    public List<PracticeExamples.RelatedItem> getGuidanceChoices() {
        if (guidanceChoices == null) {
            guidanceChoices = examples.publishedGuidance();
        }
        return guidanceChoices;
    }

    public List<Long> getRelatedGuidanceIds() {
        return relatedGuidanceIds;
    }

    public void setRelatedGuidanceIds(List<Long> relatedGuidanceIds) {
        this.relatedGuidanceIds = relatedGuidanceIds == null ? new ArrayList<>() : new ArrayList<>(relatedGuidanceIds);
    }

    public String getRelatedThreads() {
        return relatedThreads;
    }

    public void setRelatedThreads(String relatedThreads) {
        this.relatedThreads = relatedThreads;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public String getPartnershipLevel() {
        return partnershipLevel;
    }

    public void setPartnershipLevel(String partnershipLevel) {
        this.partnershipLevel = partnershipLevel;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public String getEvidenceLinks() {
        return evidenceLinks;
    }

    public void setEvidenceLinks(String evidenceLinks) {
        this.evidenceLinks = evidenceLinks;
    }
}
