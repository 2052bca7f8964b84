package org.coproduce.plugins.payments.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.money.Money;

/** What the plugin's page beans share: the id parameter, messages, redirects, errors, dates and amounts. */
final class Pages {

    static final String BUNDLE = "org.coproduce.plugins.payments.messages";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Pages() {
    }

    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    static HttpServletRequest request() {
        return (HttpServletRequest) faces().getExternalContext().getRequest();
    }

    /** The request's positive number parameter, or 0. */
    static long id(String name) {
        String value = request().getParameter(name);
        if (value == null || !value.matches("\\d{1,18}")) {
            return 0;
        }
        return Long.parseLong(value);
    }

    /** Shows a problem: its message at the top and one under each field it names. */
    static void show(Problem problem, String formId) {
        FacesContext faces = faces();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
        for (Problem.FieldMessage field : problem.fields()) {
            faces.addMessage(formId + ":" + field.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), null));
        }
        faces.validationFailed();
    }

    static void redirect(String path) {
        ExternalContext external = faces().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** Answers with an error status (404 for what the viewer may not see). */
    static void sendError(int status, String message) {
        try {
            faces().getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    /** Sends a visitor to sign in and come back. */
    static void signIn() {
        HttpServletRequest request = request();
        String here = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        redirect("/login?returnTo=" + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
    }

    static String text(String key) {
        Locale locale = faces().getViewRoot() == null ? Locale.UK : faces().getViewRoot().getLocale();
        return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    }

    static String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(LONDON).toLocalDate());
    }

    static String money(String amount, String currency) {
        return amount == null ? "" : Money.display(new java.math.BigDecimal(amount), currency);
    }
}
