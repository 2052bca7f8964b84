package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.PdfDocuments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participation-payments plugin through its API: the flow from activity to paid for a fee and for an expense
 * claim with receipts, the person's choices, the benefit-limit warning, notifications, audit entries, privacy
 * (404 for others' records), every role refused what it may not do, bad input, and switching the plugin off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsApiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private static Mailbox mailbox;
    private static final Portal PORTAL = new Portal();
    private static String admin;
    private static Person finance;
    private static Person auditor;
    private static Person lead;
    private static Person outsider;

    record Person(String email, String token, long id) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void people() {
        mailbox = new Mailbox();
        admin = PORTAL.token("admin@example.org", Portal.DEMO_PASSWORD);
        finance = member("Fran Finance");
        auditor = member("Aude Auditor");
        lead = member("Lee Lead");
        outsider = member("Olu Outsider");
        assertEquals(200, PORTAL.put("/api/v1/payments/staff", json("email", finance.email(), "role", "FINANCE"), admin).status());
        assertEquals(200, PORTAL.put("/api/v1/payments/staff", json("email", auditor.email(), "role", "AUDITOR"), admin).status());
    }

    @AfterAll
    static void stopMailbox() {
        PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.url("/api/v1/payments/staff/" + finance.id()))).DELETE(), admin);
        PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.url("/api/v1/payments/staff/" + auditor.id()))).DELETE(), admin);
        mailbox.close();
    }

    @Test
    void aFeeGoesFromActivityToPaidTellingThePersonAtEachStepAndEveryStepIsAudited() {
        Person pat = member("Pat Person");
        long agreement = agreedActivity(pat, "15.50", "+CC-01", "MILEAGE");
        assertTrue(subjects(pat).contains("An involvement agreement for you to read") || awaitSubject(pat, "An involvement agreement"));

        Response created = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", 2.25).add("choice", "ACCEPT").build().toString(), pat.token());
        assertEquals(201, created.status(), created.toString());
        JsonObject claim = created.json();
        long id = claim.getJsonNumber("id").longValue();
        assertEquals("DRAFT", claim.getString("status"));
        assertEquals("34.88", claim.getString("fee"), "15.50 x 2.25 = 34.875, rounded half up");
        assertEquals("34.88", claim.getString("toPerson"));
        assertEquals("GBP", claim.getString("currency"));

        assertEquals("SUBMITTED", step(id, "submission", "{}", pat).getString("status"));
        awaitSubject(pat, "Your claim has been submitted");
        assertEquals("APPROVED", step(id, "approval", "{}", lead).getString("status"));
        awaitSubject(pat, "Your claim has been approved");
        assertEquals("AUTHORISED", step(id, "authorisation", "{}", finance).getString("status"));
        awaitSubject(pat, "Your claim has been authorised");
        JsonObject paid = step(id, "payment", json("paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER",
                "reference", "=BACS 77"), finance);
        assertEquals("PAID", paid.getString("status"));
        assertEquals("BANK_TRANSFER", paid.getString("paidMethod"));
        assertEquals("=BACS 77", paid.getString("paidReference"));
        MimeMessage mail = awaitMail(pat, "Your claim has been paid");
        assertTrue(Mailbox.text(mail).contains("=BACS 77"), Mailbox.text(mail));
        assertTrue(Mailbox.text(mail).contains("/plugins/participation-payments/claim?id=" + id), Mailbox.text(mail));

        List<String> actions = PORTAL.get("/api/v1/payments/claims/" + id + "/audit", auditor.token()).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        for (String action : List.of("claim.created", "claim.submitted", "claim.approved", "claim.authorised", "claim.paid", "claim.viewed")) {
            assertTrue(actions.contains(action), action + " in " + actions);
        }
        assertTrue(PORTAL.get("/api/v1/payments/claims/" + id + "/audit", auditor.token()).body().contains("Fran Finance"));

        JsonObject totals = PORTAL.get("/api/v1/payments/totals", pat.token()).json();
        assertEquals("34.88", totals.getString("currentTaxYearTotal"));
        assertEquals("34.88", totals.getJsonArray("weeks").getJsonObject(0).getString("amount"));

        int taxYear = LocalDate.now().getMonthValue() > 4 || (LocalDate.now().getMonthValue() == 4 && LocalDate.now().getDayOfMonth() >= 6)
                ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        Response statement = PORTAL.get("/api/v1/payments/statement.csv?taxYear=" + taxYear, pat.token());
        assertEquals(200, statement.status(), statement.toString());
        assertTrue(statement.body().contains("\"Interview panel for a new support worker\"") && statement.body().contains(",34.88,0.00,"), statement.body());
        assertTrue(statement.body().contains("Total fees paid to Pat Person\",,,,,34.88"), statement.body());
        assertEquals(404, PORTAL.get("/api/v1/payments/statement.csv?personId=" + pat.id(), outsider.token()).status());
        assertEquals(200, PORTAL.get("/api/v1/payments/statement.csv?personId=" + pat.id(), auditor.token()).status());
        assertFalse(PORTAL.get("/api/v1/payments/statement.csv?taxYear=" + (taxYear - 1), pat.token()).body().contains("34.88"), "another tax year");
        // Words as a reader sees them: the PDF's lines wrap where the page and the table's columns end.
        String pdf = PdfDocuments.text(PORTAL, "/api/v1/payments/statement.pdf?taxYear=" + taxYear, pat.token())
                .replaceAll("\\s+", " ");
        assertTrue(pdf.contains("This letter confirms that Pat Person took part") && pdf.contains("Interview panel for a new support worker")
                && pdf.contains("Fees paid to Pat Person: £34.88"), pdf);
        assertEquals(404, PORTAL.get("/api/v1/payments/statement.pdf?personId=" + pat.id(), outsider.token()).status());
        assertTrue(PdfDocuments.text(PORTAL, "/api/v1/payments/statement.pdf?personId=" + pat.id() + "&taxYear=" + taxYear,
                auditor.token()).contains("£34.88"));
        Response letter = PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.url("/plugins/participation-payments/statement?taxYear=" + taxYear))).GET(), pat.token());
        assertTrue(letter.body().contains("This letter confirms that Pat Person took part") && letter.body().contains("£34.88"), letter.body());

        Response report = PORTAL.get("/api/v1/payments/reports?by=kind", auditor.token());
        assertEquals(200, report.status(), report.toString());
        assertTrue(report.jsonArray().getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("group").equals("Interview panel")
                && l.getInt("claims") >= 1 && l.getInt("share") <= 100), report.body());
        assertTrue(PORTAL.get("/api/v1/payments/reports?by=activity", finance.token()).body().contains("\"toPerson\":\"34.88\""));
        assertEquals(400, PORTAL.get("/api/v1/payments/reports?by=colour", finance.token()).status());
        assertEquals(403, PORTAL.get("/api/v1/payments/reports?by=kind", lead.token()).status());
        assertTrue(page("/plugins/participation-payments/finance", finance.token(), "en").body().contains("<meter"), "a bar per line");

        Response csv = PORTAL.get("/api/v1/payments/export.csv", finance.token());
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("\"'+CC-01\""), "a formula-like cell is defused");
        assertTrue(csv.body().contains("\"'=BACS 77\""));
        assertTrue(csv.body().contains(id + ",PAID,\"Pat Person\""), csv.body());
        assertEquals(403, PORTAL.get("/api/v1/payments/export.csv", pat.token()).status());
        assertEquals(403, PORTAL.get("/api/v1/payments/export.csv", auditor.token()).status());
    }

    @Test
    void anExpenseClaimNeedsReceiptsThatAreReallyImagesOrPdfsAndARejectedClaimIsNeverPaid() {
        Person pat = member("Pip Person");
        long agreement = agreedActivity(pat, "20.00", "CC-02", "MILEAGE", "FARES");
        long id = PORTAL.post("/api/v1/payments/claims", json("agreementId", agreement, "kind", "EXPENSES"), pat.token())
                .json().getJsonNumber("id").longValue();
        Response mileage = PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "MILEAGE").add("description", "Home to the hall and back").add("miles", 12.5).build().toString(), pat.token());
        assertEquals(201, mileage.status(), mileage.toString());
        assertEquals("5.63", mileage.json().getJsonArray("items").getJsonObject(0).getString("amount"), "12.5 miles x 0.45 = 5.625");
        Response fares = PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "FARES").add("description", "Bus").add("amount", 4.20).build().toString(), pat.token());
        assertEquals(201, fares.status(), fares.toString());
        long faresId = fares.json().getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue();
        Response parking = PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "PARKING").add("description", "Car park").add("amount", 3).build().toString(), pat.token());
        assertEquals(400, parking.status(), "not covered by the agreement: " + parking);

        assertEquals(409, PORTAL.post("/api/v1/payments/claims/" + id + "/submission", "{}", pat.token()).status(), "fares need a receipt");
        String receipt = "/api/v1/payments/claims/" + id + "/items/" + faresId + "/receipt";
        Response html = upload(receipt, "<html><script>alert(1)</script></html>".getBytes(), "image/png", pat.token());
        assertEquals(400, html.status(), "the content decides, not the declared type: " + html);
        assertTrue(html.json().getString("message").contains("PNG or JPEG"));
        Response huge = upload(receipt, bigPng(5 * 1024 * 1024 + 1), "image/png", pat.token());
        assertEquals(413, huge.status());
        assertEquals(404, upload(receipt, PNG, "image/png", outsider.token()).status(), "not the outsider's claim");
        Response ok = upload(receipt, PNG, "application/octet-stream", pat.token());
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("image/png", ok.json().getJsonArray("items").getJsonObject(1).getString("receiptType"));
        Response back = PORTAL.get(receipt, lead.token());
        assertEquals(200, back.status());
        assertEquals("image/png", back.header("Content-Type").orElse(""));
        assertEquals(404, PORTAL.get(receipt, outsider.token()).status());

        JsonObject submitted = step(id, "submission", "{}", pat);
        assertEquals("9.83", submitted.getString("toPerson"));
        assertEquals(409, PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                json("kind", "FARES", "description", "Late", "amount", "1.00"), pat.token()).status(), "submitted claims are closed");
        step(id, "approval", "{}", lead);
        assertEquals(400, PORTAL.post("/api/v1/payments/claims/" + id + "/rejection", json("reason", " "), finance.token()).status());
        JsonObject rejected = step(id, "rejection", json("reason", "The bus fare is already paid by the travel scheme."), finance);
        assertEquals("REJECTED", rejected.getString("status"));
        assertTrue(Mailbox.text(awaitMail(pat, "Your claim was not accepted")).contains("already paid by the travel scheme"));
        Response pay = PORTAL.post("/api/v1/payments/claims/" + id + "/payment",
                json("paidOn", LocalDate.now().toString(), "method", "CASH", "reference", "R1"), finance.token());
        assertEquals(409, pay.status(), "a rejected claim is never paid: " + pay);
        assertEquals(409, PORTAL.post("/api/v1/payments/claims/" + id + "/authorisation", "{}", finance.token()).status());
    }

    @Test
    void aDeclinedFeeAndAFeeForACharityAreRecordedAndNeverCountAsTheirIncome() {
        Person pat = member("Dee Person");
        long first = agreedActivity(pat, "30.00", "CC-03");
        Response declined = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", first)
                .add("kind", "FEE").add("quantity", 1).add("choice", "DECLINE").build().toString(), pat.token());
        assertEquals(201, declined.status(), declined.toString());
        assertEquals("30.00", declined.json().getString("fee"));
        assertEquals("0.00", declined.json().getString("toPerson"));
        assertEquals("DECLINE", declined.json().getString("choice"));

        long second = agreedActivity(pat, "30.00", "CC-04");
        Response charity = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", second)
                .add("kind", "FEE").add("quantity", 2).add("choice", "CHARITY").add("charity", "Carers Trust").build().toString(), pat.token());
        assertEquals(201, charity.status(), charity.toString());
        long id = charity.json().getJsonNumber("id").longValue();
        assertEquals("0.00", charity.json().getString("toPerson"));
        assertEquals("60.00", charity.json().getString("toCharity"));
        assertEquals("Carers Trust", charity.json().getString("charity"));
        step(id, "submission", "{}", pat);
        step(id, "approval", "{}", lead);
        step(id, "authorisation", "{}", finance);
        assertTrue(Mailbox.text(awaitMail(pat, "Your claim has been authorised")).contains("£60.00 to charity"));
        assertEquals("0.00", PORTAL.get("/api/v1/payments/totals", pat.token()).json().getString("currentTaxYearTotal"));

        long third = agreedActivity(pat, "30.00", "CC-05");
        Response less = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", third)
                .add("kind", "FEE").add("quantity", 1).add("choice", "TAKE_LESS").add("lessAmount", 40).build().toString(), pat.token());
        assertEquals(400, less.status(), "less must be less than the fee: " + less);
        Response fine = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", third)
                .add("kind", "FEE").add("quantity", 1).add("choice", "TAKE_LESS").add("lessAmount", 12.5).build().toString(), pat.token());
        assertEquals("12.50", fine.json().getString("toPerson"));
    }

    @Test
    void theLeadIsWarnedOfABenefitLimitWithoutSeeingTheBenefit() {
        Person pat = member("Bea Person");
        String code = "test-" + Long.toString(System.nanoTime(), 36);
        assertEquals(403, PORTAL.put("/api/v1/payments/benefit-kinds/" + code, json("name", "Test allowance", "weeklyLimit", "50.00"), lead.token()).status());
        assertEquals(200, PORTAL.put("/api/v1/payments/benefit-kinds/" + code,
                json("name", "Test allowance " + code, "weeklyLimit", "50.00"), finance.token()).status());
        assertEquals(200, PORTAL.put("/api/v1/payments/benefits", "{\"benefits\": [\"" + code + "\"]}", pat.token()).status());
        assertEquals(400, PORTAL.put("/api/v1/payments/benefits", "{\"benefits\": [\"no-such-benefit\"]}", pat.token()).status());

        long agreement = agreedActivity(pat, "15.50", "CC-06");
        long id = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", 4).add("choice", "ACCEPT").build().toString(), pat.token()).json().getJsonNumber("id").longValue();
        step(id, "submission", "{}", pat);

        Response seen = PORTAL.get("/api/v1/payments/claims/" + id, lead.token());
        String warning = seen.json().getString("benefitWarning");
        assertTrue(warning.contains("over an earnings limit") && warning.contains("week"), warning);
        assertFalse(seen.body().contains("Test allowance"), "the lead never sees which benefit");
        assertFalse(PORTAL.get("/api/v1/payments/claims/" + id, pat.token()).body().contains("benefitWarning"), "the warning is for the lead");
        assertEquals(404, PORTAL.get("/api/v1/payments/benefits?personId=" + pat.id(), lead.token()).status());
        assertEquals(404, PORTAL.get("/api/v1/payments/benefits?personId=" + pat.id(), auditor.token()).status());
        assertTrue(PORTAL.get("/api/v1/payments/benefits?personId=" + pat.id(), finance.token()).body().contains(code));
        assertTrue(PORTAL.get("/api/v1/payments/benefits", pat.token()).body().contains(code));

        Response unseen = PORTAL.post("/api/v1/payments/claims/" + id + "/approval", "{}", lead.token());
        assertEquals(409, unseen.status(), unseen.toString());
        assertEquals("APPROVED", step(id, "approval", "{\"benefitWarningSeen\": true}", lead).getString("status"));
    }

    @Test
    void everyoneElseGets404AndEachRoleIsRefusedWhatItMayNotDo() {
        Person pat = member("Ria Person");
        long agreement = agreedActivity(pat, "10.00", "CC-07");
        JsonObject claim = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", 1).add("choice", "ACCEPT").build().toString(), pat.token()).json();
        long id = claim.getJsonNumber("id").longValue();
        long activity = claim.getJsonNumber("activityId").longValue();

        for (String path : List.of("/api/v1/payments/claims/" + id, "/api/v1/payments/agreements/" + agreement,
                "/api/v1/payments/activities/" + activity, "/api/v1/payments/activities/" + activity + "/agreements",
                "/api/v1/payments/totals?personId=" + pat.id(), "/api/v1/payments/benefits?personId=" + pat.id())) {
            assertEquals(404, PORTAL.get(path, outsider.token()).status(), path);
            assertEquals(401, PORTAL.get(path, null).status(), path);
        }
        assertEquals(404, PORTAL.post("/api/v1/payments/claims/" + id + "/submission", "{}", outsider.token()).status());
        assertEquals(404, PORTAL.post("/api/v1/payments/agreements/" + agreement + "/withdrawal", "{}", outsider.token()).status());
        assertFalse(PORTAL.get("/api/v1/payments/claims?scope=lead", outsider.token()).body().contains("\"id\":" + id + ","));
        assertEquals(403, PORTAL.get("/api/v1/payments/claims?scope=all", pat.token()).status());
        assertEquals(403, PORTAL.get("/api/v1/payments/claims?scope=all", lead.token()).status());
        assertEquals(200, PORTAL.get("/api/v1/payments/claims/" + id, auditor.token()).status());
        assertEquals(200, PORTAL.get("/api/v1/payments/totals?personId=" + pat.id(), auditor.token()).status());

        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/submission", "{}", lead.token()).status(), "only the person submits");
        step(id, "submission", "{}", pat);
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/approval", "{}", pat.token()).status(), "not one's own");
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/approval", "{}", finance.token()).status(), "only the lead approves");
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/approval", "{}", auditor.token()).status(), "auditors change nothing");
        assertEquals(409, PORTAL.post("/api/v1/payments/claims/" + id + "/authorisation", "{}", finance.token()).status(), "not approved yet");
        step(id, "approval", "{}", lead);
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/authorisation", "{}", lead.token()).status());
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/authorisation", "{}", auditor.token()).status());
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + id + "/rejection", json("reason", "No"), lead.token()).status(), "after approval only finance rejects");
        assertEquals(403, PORTAL.get("/api/v1/payments/claims/" + id + "/audit", lead.token()).status());
        assertEquals(403, PORTAL.post("/api/v1/payments/activities", activityJson("Sneaky", LocalDate.now(), "10.00", "X"), lead.token()).status());
        assertEquals(403, PORTAL.post("/api/v1/payments/activities", activityJson("Sneaky", LocalDate.now(), "10.00", "X"), auditor.token()).status());
        assertEquals(403, PORTAL.put("/api/v1/payments/staff", json("email", pat.email(), "role", "FINANCE"), finance.token()).status());
        assertEquals(403, PORTAL.post("/api/v1/payments/activities/" + activity + "/agreements",
                json("personEmail", outsider.email(), "role", "Panel member"), auditor.token()).status());

        // A lead who also takes part cannot approve their own claim.
        long own = agreedActivity(lead, "10.00", "CC-08");
        long ownClaim = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", own)
                .add("kind", "FEE").add("quantity", 1).add("choice", "ACCEPT").build().toString(), lead.token()).json().getJsonNumber("id").longValue();
        step(ownClaim, "submission", "{}", lead);
        assertEquals(403, PORTAL.post("/api/v1/payments/claims/" + ownClaim + "/approval", "{}", lead.token()).status());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        String base = "/api/v1/payments/activities";
        Response threePlaces = PORTAL.post(base, activityJson("Panel", LocalDate.now(), "15.123", "CC"), finance.token());
        assertEquals(400, threePlaces.status());
        assertTrue(threePlaces.body().contains("two decimal places"), threePlaces.toString());
        assertEquals(400, PORTAL.post(base, activityJson("Panel", LocalDate.now(), "-5.00", "CC"), finance.token()).status());
        assertEquals(400, PORTAL.post(base, activityJson("Panel", LocalDate.now(), "99999999", "CC"), finance.token()).status());
        assertEquals(400, PORTAL.post(base, "{\"title\": \"Panel\", \"date\": \"next Tuesday\"}", finance.token()).status());
        assertEquals(400, PORTAL.post(base, "{not json", finance.token()).status());
        assertEquals(400, PORTAL.post(base, "{\"title\": \"Panel\", \"basis\": \"FORTNIGHT\"}", finance.token()).status());

        Person pat = member("Bo Person");
        long agreement = agreedActivity(pat, "15.00", "CC-09", "FARES");
        Response tooLong = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", 30).add("choice", "ACCEPT").build().toString(), pat.token());
        assertEquals(400, tooLong.status(), "30 hours in one claim: " + tooLong);
        assertEquals(400, PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", -1).add("choice", "ACCEPT").build().toString(), pat.token()).status());
        assertEquals(409, PORTAL.post("/api/v1/payments/agreements/" + agreement + "/acceptance", "{}", pat.token()).status(), "accepted once");
        long id = PORTAL.post("/api/v1/payments/claims", json("agreementId", agreement, "kind", "EXPENSES"), pat.token()).json().getJsonNumber("id").longValue();
        assertEquals(400, PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "FARES").add("description", "Train").add("amount", -4).build().toString(), pat.token()).status());
        assertEquals(400, PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "FARES").add("description", "Train").add("amount", 4.999).build().toString(), pat.token()).status());
        assertEquals(400, PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "FARES").add("description", "Train").add("amount", 250000).build().toString(), pat.token()).status());

        // The activity turns out to have been 100 days ago: past the 90-day deadline, claims are refused.
        long activity = PORTAL.get("/api/v1/payments/agreements/" + agreement, pat.token()).json().getJsonNumber("activityId").longValue();
        Response moved = PORTAL.put(base + "/" + activity, activityJson("Moved panel", LocalDate.now().minusDays(100), "15.00", "CC-09"), finance.token());
        assertEquals(200, moved.status(), moved.toString());
        Response late = PORTAL.post("/api/v1/payments/claims/" + id + "/items",
                Json.createObjectBuilder().add("kind", "FARES").add("description", "Train").add("amount", 4).build().toString(), pat.token());
        assertEquals(400, late.status(), late.toString());
        assertTrue(late.json().getString("message").contains("had to be made by"), late.toString());
        assertEquals(400, PORTAL.post("/api/v1/payments/claims/" + id + "/submission", "{}", pat.token()).status());
    }

    @Test
    void switchingThePluginOffHidesItsApiAndPagesAndOnBringsThemBack() {
        try {
            assertEquals(200, PORTAL.put("/api/v1/plugins/participation-payments", "{\"enabled\": false}", admin).status());
            assertEquals(404, PORTAL.get("/api/v1/payments/me", finance.token()).status());
            assertEquals(404, PORTAL.get("/api/v1/payments/claims", outsider.token()).status());
            assertEquals(404, page("/plugins/participation-payments/", outsider.token(), "en").status(), "its pages too");
            assertFalse(page("/", outsider.token(), "en").body().contains("/plugins/participation-payments/"), "and its menu entry");
        } finally {
            assertEquals(200, PORTAL.put("/api/v1/plugins/participation-payments", "{\"enabled\": true}", admin).status());
        }
        assertTrue(page("/", outsider.token(), "en").body().contains("/plugins/participation-payments/"), "the menu entry is back");
        String openapi = PORTAL.get("/openapi").body();
        assertTrue(openapi.contains("/api/v1/payments/claims/{id}/approval") && openapi.contains("/api/v1/payments/export.csv"), "documented");
        JsonObject me = PORTAL.get("/api/v1/payments/me", finance.token()).json();
        assertTrue(me.getBoolean("finance"));
        assertFalse(PORTAL.get("/api/v1/payments/me", outsider.token()).json().getBoolean("finance"));
    }

    @Test
    void theDemoActivityHasAPaidFeeAndASubmittedClaimForTheServiceUser() {
        String sam = PORTAL.token("serviceuser@example.org", Portal.DEMO_PASSWORD);
        List<JsonObject> mine = PORTAL.get("/api/v1/payments/claims", sam).jsonArray().getValuesAs(JsonObject.class);
        assertTrue(mine.stream().anyMatch(c -> c.getString("status").equals("PAID") && c.getString("kind").equals("FEE")), mine.toString());
        assertTrue(mine.stream().anyMatch(c -> c.getString("status").equals("SUBMITTED") && c.getString("kind").equals("EXPENSES")), mine.toString());
        String priya = PORTAL.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        assertTrue(PORTAL.get("/api/v1/payments/claims?scope=lead", priya).jsonArray().size() >= 2);
        assertTrue(PORTAL.get("/api/v1/payments/me", admin).json().getBoolean("finance"), "admin@example.org holds the finance role");
    }

    @Test
    void thePagesAnswerInEnglishOrWelshAndOnlyToThoseWhoMaySeeThem() {
        Person pat = member("Wyn Person");
        long agreement = agreedActivity(pat, "12.00", "CC-10");
        long id = PORTAL.post("/api/v1/payments/claims", Json.createObjectBuilder().add("agreementId", agreement)
                .add("kind", "FEE").add("quantity", 1).add("choice", "ACCEPT").build().toString(), pat.token()).json().getJsonNumber("id").longValue();
        Response english = page("/plugins/participation-payments/", pat.token(), "en-GB");
        assertEquals(200, english.status());
        assertTrue(english.body().contains("My payments") && english.body().contains("Interview panel for a new support worker"), english.body());
        Response welsh = page("/plugins/participation-payments/", pat.token(), "cy");
        assertTrue(welsh.body().contains("Fy nhaliadau") && welsh.body().contains("lang=\"cy\""), welsh.body());
        assertEquals(200, page("/plugins/participation-payments/claim?id=" + id, pat.token(), "en").status());
        assertEquals(200, page("/plugins/participation-payments/agreement?id=" + agreement, lead.token(), "en").status());
        assertEquals(404, page("/plugins/participation-payments/claim?id=" + id, outsider.token(), "en").status());
        assertEquals(404, page("/plugins/participation-payments/agreement?id=" + agreement, outsider.token(), "en").status());
        assertEquals(404, page("/plugins/participation-payments/finance", outsider.token(), "en").status());
        assertEquals(200, page("/plugins/participation-payments/finance", auditor.token(), "en").status());
        assertEquals(302, page("/plugins/participation-payments/", null, "en").status(), "visitors sign in first");
    }

    private static Response page(String path, String token, String language) {
        return PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.url(path))).header("Accept-Language", language).GET(), token);
    }

    // --- helpers

    /** An activity today led by {@link #lead}, and an agreement for {@code person} that they accepted. */
    private static long agreedActivity(Person person, String rate, String costCode, String... expenses) {
        Response activity = PORTAL.post("/api/v1/payments/activities", activityJson("Interview panel for a new support worker",
                LocalDate.now(), rate, costCode), finance.token());
        assertEquals(201, activity.status(), activity.toString());
        long activityId = activity.json().getJsonNumber("id").longValue();
        var covered = Json.createArrayBuilder();
        for (String kind : expenses) {
            covered.add(kind);
        }
        Response offered = PORTAL.post("/api/v1/payments/activities/" + activityId + "/agreements", Json.createObjectBuilder()
                .add("personEmail", person.email()).add("role", "Panel member with lived experience").add("expensesCovered", covered)
                .build().toString(), lead.token());
        assertEquals(201, offered.status(), offered.toString());
        long agreement = offered.json().getJsonNumber("id").longValue();
        assertEquals(409, PORTAL.post("/api/v1/payments/claims", json("agreementId", agreement, "kind", "EXPENSES"), person.token()).status(),
                "no claim before the agreement is accepted");
        Response accepted = PORTAL.post("/api/v1/payments/agreements/" + agreement + "/acceptance", "{}", person.token());
        assertEquals(200, accepted.status(), accepted.toString());
        assertTrue(accepted.json().getBoolean("inForce"));
        return agreement;
    }

    private static String activityJson(String title, LocalDate date, String rate, String costCode) {
        return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"kind\": \"Interview panel\", \"basis\": \"HOUR\", "
                + "\"rate\": " + rate + ", \"costCode\": \"" + costCode + "\", \"leadEmail\": \"" + lead.email() + "\"}";
    }

    private static JsonObject step(long claim, String step, String body, Person who) {
        Response response = PORTAL.post("/api/v1/payments/claims/" + claim + "/" + step, body, who.token());
        assertEquals(200, response.status(), step + ": " + response);
        return response.json();
    }

    private static Response upload(String path, byte[] content, String type, String token) {
        return PORTAL.send(HttpRequest.newBuilder(URI.create(PORTAL.url(path))).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)), token);
    }

    private static byte[] bigPng(int size) {
        byte[] content = new byte[size];
        System.arraycopy(PNG, 0, content, 0, PNG.length);
        return content;
    }

    static String json(Object... keyValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v instanceof Long l) {
                builder.add((String) keyValues[i], l);
            } else {
                builder.add((String) keyValues[i], String.valueOf(v));
            }
        }
        return builder.build().toString();
    }

    /** A new member who verified their address, signed in. */
    static Person member(String name) {
        String email = Portal.newEmail(name.split(" ")[0].toLowerCase());
        assertEquals(201, PORTAL.register(name, email, Portal.GOOD_PASSWORD, "service-user").status());
        String link = Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(30)), "/verify?token=");
        assertEquals(200, PORTAL.post("/api/v1/accounts/verification", Portal.object("token", Mailbox.token(link)).toString()).status());
        String token = PORTAL.token(email, Portal.GOOD_PASSWORD);
        long id = PORTAL.get("/api/v1/me", token).json().getJsonNumber("id").longValue();
        return new Person(email, token, id);
    }

    private static List<String> subjects(Person person) {
        return mailbox.mailsTo(person.email()).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static boolean awaitSubject(Person person, String subject) {
        awaitMail(person, subject);
        return true;
    }

    private static MimeMessage awaitMail(Person person, String subject) {
        Instant end = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(end)) {
            for (MimeMessage m : mailbox.mailsTo(person.email())) {
                try {
                    if (m.getSubject().contains(subject)) {
                        return m;
                    }
                } catch (MessagingException e) {
                    throw new AssertionError(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No mail '" + subject + "' for " + person.email() + "; got " + subjects(person));
    }
}
