package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The main journey in a browser: the person accepts their agreement and claims their fee, the lead approves it,
 * finance authorises and records the payment, and the person sees it paid with their tax-year total.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsBrowserIT {

    private final Portal portal = new Portal();
    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void aPersonIsPaidForTakingPartFromAgreementToPayment() {
        String title = "Reading group on the new carers' leaflet " + System.nanoTime();

        // Finance sets up the activity and offers the person an agreement.
        signIn("admin@example.org", "/plugins/participation-payments/finance");
        Browser.waitForText(browser, "Set up an activity");
        browser.findElement(By.id("activity:title")).sendKeys(title);
        browser.findElement(By.id("activity:date")).sendKeys(LocalDate.now().toString());
        browser.findElement(By.id("activity:kind")).sendKeys("Reading group");
        browser.findElement(By.id("activity:rate")).sendKeys("18.005");
        browser.findElement(By.id("activity:costCode")).sendKeys("CP-LEAFLET");
        browser.findElement(By.id("activity:leadEmail")).sendKeys("practitioner@example.org");
        browser.findElement(By.id("activity:submit")).click();
        Browser.waitForText(browser, "at most two decimal places");
        assertEquals(title, browser.findElement(By.id("activity:title")).getDomProperty("value"), "what was typed is kept");
        browser.findElement(By.id("activity:rate")).clear();
        browser.findElement(By.id("activity:rate")).sendKeys("18.00");
        browser.findElement(By.id("activity:submit")).click();
        Browser.waitForText(browser, "The activity is set up");
        assertTrue(Browser.text(browser).contains("Priya Practitioner"));
        browser.findElement(By.id("offer:personEmail")).sendKeys("serviceuser@example.org");
        browser.findElement(By.id("offer:role")).sendKeys("Reader with lived experience");
        browser.findElement(By.id("offer:submit")).click();
        Browser.waitForText(browser, "The agreement is offered");
        assertTrue(browser.findElement(By.id("agreements")).getText().contains("Sam Service-User"));
        signOut();

        // The person accepts the agreement and claims the fee.
        signIn("serviceuser@example.org", "/plugins/participation-payments/");
        Browser.waitForText(browser, "My payments");
        browser.findElement(By.id("agreements")).findElement(By.linkText(title)).click();
        Browser.waitForText(browser, "Reader with lived experience");
        assertTrue(Browser.text(browser).contains("£18.00 per hour"), Browser.text(browser));
        browser.findElement(By.id("accept:submit")).click();
        Browser.waitForText(browser, "you have accepted the agreement");
        browser.findElement(By.id("fee:quantity")).sendKeys("2.75");
        new Select(browser.findElement(By.id("fee:choice"))).selectByValue("TAKE_LESS");
        browser.findElement(By.id("fee:lessAmount")).sendKeys("60");
        browser.findElement(By.id("fee:submit")).click();
        Browser.waitForText(browser, "The amount you take must be less than the fee of 49.50");
        assertEquals("2.75", browser.findElement(By.id("fee:quantity")).getDomProperty("value"), "what was typed is kept");
        browser.findElement(By.id("fee:lessAmount")).clear();
        browser.findElement(By.id("fee:lessAmount")).sendKeys("40");
        browser.findElement(By.id("fee:submit")).click();
        Browser.waitForText(browser, "Your claim is started");
        assertTrue(Browser.text(browser).contains("£49.50"), "2.75 hours at £18.00");
        assertEquals("£40.00", browser.findElement(By.id("claim-to-person")).getText());
        browser.findElement(By.id("submit:submit")).click();
        Browser.waitForText(browser, "Your claim is submitted");
        String claimUrl = browser.getCurrentUrl();
        String claimPath = claimUrl.substring(claimUrl.indexOf("/plugins/"), claimUrl.indexOf("&done"));
        signOut();

        // The lead approves it from their list.
        signIn("practitioner@example.org", "/plugins/participation-payments/lead");
        Browser.waitForText(browser, "Claims for activities you lead");
        browser.findElement(By.id("claims")).findElement(By.linkText(title)).click();
        Browser.waitForText(browser, "Approve the claim");
        browser.findElement(By.id("approve:submit")).click();
        Browser.waitForText(browser, "The claim is approved");
        signOut();

        // Finance authorises it and records the payment.
        signIn("admin@example.org", claimPath);
        Browser.waitForText(browser, "Authorise the payment");
        browser.findElement(By.id("authorise:submit")).click();
        Browser.waitForText(browser, "The payment is authorised");
        browser.findElement(By.id("pay:reference")).sendKeys("BACS-LEAFLET-1");
        new Select(browser.findElement(By.id("pay:method"))).selectByValue("BANK_TRANSFER");
        browser.findElement(By.id("pay:submit")).click();
        Browser.waitForText(browser, "The payment is recorded");
        assertTrue(browser.findElement(By.id("claim-paid")).getText().contains("BACS-LEAFLET-1"));
        browser.get(portal.url("/plugins/participation-payments/finance"));
        Browser.waitForText(browser, "All claims");
        assertTrue(Browser.text(browser).contains(title));
        signOut();

        // The person sees it paid.
        signIn("serviceuser@example.org", "/plugins/participation-payments/");
        Browser.waitForText(browser, "My fees");
        String claims = browser.findElement(By.id("claims")).getText();
        assertTrue(claims.contains(title) && claims.contains("Paid") && claims.contains("£40.00"), claims);

        // The person records a benefit they receive (private to them and finance), then takes it off again.
        By esa = By.xpath("//fieldset//label[contains(., 'permitted work')]/preceding-sibling::input[1] | "
                + "//fieldset//input[following-sibling::label[1][contains(., 'permitted work')]]");
        browser.findElement(esa).click();
        browser.findElement(By.id("benefits:submit")).click();
        Browser.waitForText(browser, "Saved.");
        assertTrue(browser.findElement(esa).isSelected(), "the choice is kept");
        browser.findElement(esa).click();
        browser.findElement(By.id("benefits:submit")).click();
        Browser.waitForText(browser, "Saved.");
        assertTrue(!browser.findElement(esa).isSelected());
    }

    private void signIn(String email, String returnTo) {
        browser.get(portal.url("/login?returnTo=" + returnTo));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.waitForText(browser, "Signed in as");
    }

    private void signOut() {
        browser.findElement(By.id("signout:signOutButton")).click();
        Browser.waitForText(browser, "You have signed out");
    }
}
