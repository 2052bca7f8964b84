package org.coproduce.portal.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.web.FacesPages;

/** One practice example. */
@Named
@RequestScoped
public class PracticeExamplePage {


    @Inject
    PracticeExamples examples;

    @Inject
    RequestViewer viewer;

    private PracticeViews.Full example;

    @PostConstruct
    void load() {
        String id = FacesPages.request().getParameter("id");
        try {
            long number = Long.parseLong(id == null ? "" : id.strip());
            example = PracticeViews.full(examples.find(number), examples.related(number, viewer.get()));
        } catch (NumberFormatException | Problem notFound) {
            example = null;
        }
    }

    /** View action: 404 when there is no such example. */
    public void requireExample() {
        if (example == null) {
            ExternalContext external = FacesPages.faces().getExternalContext();
            try {
                external.responseSendError(404, "There is no practice example with this number.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesPages.faces().responseComplete();
        }
    }

    public PracticeViews.Full getExample() {
        return example;
    }

    public String getBodyHtml() {
        return example == null ? "" : MarkdownRenderer.toSafeHtml(example.body());
    }

    public boolean isContactEmail() {
        return example != null && !example.contact().contains("/") && example.contact().contains("@");
    }

    public String getAddedOn() {
        return example == null ? "" : org.coproduce.portal.preferences.LocalDates.date(example.createdAt());
    }
}
