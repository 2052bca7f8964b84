package org.coproduce.portal.assisted;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.discussion.Replies;
import org.coproduce.portal.discussion.Reply;
import org.coproduce.portal.discussion.ThreadDetail;
import org.coproduce.portal.discussion.Threads;
import org.coproduce.portal.preferences.Language;
import org.coproduce.portal.preferences.LocalDates;
import org.coproduce.portal.story.Story;
import org.coproduce.portal.story.StoryTexts;
import org.coproduce.portal.web.FacesPages;

/**
 * The pages of assisted participation: the list of consent records ({@code /assisted}), sharing a story
 * ({@code /assisted/story}) and replying in a thread ({@code /assisted/reply?thread=}) on someone's behalf.
 */
@Named
@RequestScoped
public class AssistedPage {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{4})");

    @Inject
    RequestViewer viewer;

    @Inject
    AssistedPosting assisted;

    @Inject
    Threads threads;

    @Inject
    Replies replies;

    private Account account;
    private ThreadDetail thread;
    private List<AssistedPosting.ConsentView> records;

    private String title;
    private String body;
    private String language;
    private String personName;
    private String personEmail;
    private String shownAs;
    private String pseudonym;
    private String consentMethod;
    private String consentGivenOn;
    private String agreedTo;
    private boolean consentConfirmed;

    @PostConstruct
    void load() {
        account = viewer.account().orElse(null);
    }

    /** View action of the reply page: the thread, or 404 when there is none the viewer may read. */
    public void loadThread() {
        if (openThread() == null) {
            try {
                FacesPages.faces().getExternalContext().responseSendError(404, "There is no such discussion thread.");
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            FacesPages.faces().responseComplete();
        }
    }

    /** The thread named by the request parameter {@code thread} (the address, or the form's hidden field). */
    private ThreadDetail openThread() {
        if (thread == null) {
            String id = FacesPages.request().getParameter("thread");
            try {
                thread = threads.open(Long.parseLong(id == null ? "" : id.strip()), 1, 1, viewer.get());
            } catch (NumberFormatException | Problem e) {
                thread = null;
            }
        }
        return thread;
    }

    public String shareStory() {
        try {
            Story story = assisted.shareStory(viewer.get(), title, body, language, onBehalf());
            FacesPages.flashInfo("The story is shared on their behalf. A moderator will read it soon; until then only you, "
                    + "the person (if linked to their account) and the moderators can see it.");
            FacesPages.redirect("/stories/story?id=" + story.id());
        } catch (Problem problem) {
            FacesPages.show(withDayProblem(problem), "assisted");
        }
        return null;
    }

    public String postReply() {
        try {
            if (openThread() == null) {
                throw Problem.notFound("There is no such discussion thread.");
            }
            Reply reply = assisted.reply(viewer.get(), thread.id(), body, null, language, onBehalf());
            FacesPages.flashInfo("The reply is posted on their behalf.");
            FacesPages.redirect(replies.locate(viewer.get(), reply.id(), Threads.REPLIES_PER_PAGE).path());
        } catch (Problem problem) {
            FacesPages.show(withDayProblem(problem), "assisted");
        }
        return null;
    }

    /** What was typed, the day read as 20/11/2026 or 2026-11-20 (left out when it is not a day: see below). */
    private OnBehalf onBehalf() {
        LocalDate day = consentGivenOn == null || consentGivenOn.isBlank() ? null : parseDay(consentGivenOn);
        return new OnBehalf(personName, personEmail, shownAs, pseudonym, consentMethod, day, agreedTo, consentConfirmed);
    }

    /** The problems found, saying how to write the day when one was typed that is not a day. */
    private Problem withDayProblem(Problem problem) {
        boolean unreadableDay = consentGivenOn != null && !consentGivenOn.isBlank() && parseDay(consentGivenOn) == null;
        if (!unreadableDay) {
            return problem;
        }
        List<Problem.FieldMessage> fields = new java.util.ArrayList<>(problem.fields().stream()
                .filter(f -> !f.field().equals("consentGivenOn")).toList());
        fields.add(new Problem.FieldMessage("consentGivenOn", "Please enter the day as numbers, like 20/11/2026."));
        return new Problem(Problem.Kind.INVALID, "validation_failed", problem.getMessage(), fields, 0);
    }

    /** 20/11/2026, 20-11-2026, 20.11.2026, 20 11 2026 or 2026-11-20; null when it is not a day. */
    static LocalDate parseDay(String typed) {
        String text = typed.strip();
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            if (dmy.matches()) {
                return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1)));
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Whether the viewer may post on someone's behalf. */
    public boolean isStaff() {
        return AssistedPosting.mayAssist(account);
    }

    public List<AssistedPosting.ConsentView> getRecords() {
        if (records == null) {
            records = viewer.get().signedIn() ? assisted.records(viewer.get(), 1, 100).items() : List.of();
        }
        return records;
    }

    /** "20 November 2026" in the page's language. */
    public String day(LocalDate day) {
        return day == null ? "" : LocalDates.date(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public String date(java.time.Instant instant) {
        return LocalDates.date(instant);
    }

    public ThreadDetail getThread() {
        return thread;
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public List<ConsentMethod> getMethods() {
        return Arrays.asList(ConsentMethod.values());
    }

    public int getTitleMax() {
        return StoryTexts.TITLE_MAX;
    }

    public int getNameMax() {
        return AssistedPosting.NAME_MAX;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public void setPersonEmail(String personEmail) {
        this.personEmail = personEmail;
    }

    public String getShownAs() {
        return shownAs;
    }

    public void setShownAs(String shownAs) {
        this.shownAs = shownAs;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public void setPseudonym(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    public String getConsentMethod() {
        return consentMethod;
    }

    public void setConsentMethod(String consentMethod) {
        this.consentMethod = consentMethod;
    }

    public String getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(String consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getAgreedTo() {
        return agreedTo;
    }

    public void setAgreedTo(String agreedTo) {
        this.agreedTo = agreedTo;
    }

    public boolean isConsentConfirmed() {
        return consentConfirmed;
    }

    public void setConsentConfirmed(boolean consentConfirmed) {
        this.consentConfirmed = consentConfirmed;
    }
}
