package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In a real browser: a service user shares a story under their pseudonym (seeing the check step), a moderator
 * publishes it, everyone sees it under the pseudonym, the author withdraws it and it is gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoriesBrowserIT {

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
    void shareUnderAPseudonymModeratePublishAndWithdraw() {
        String title = "Our walking group " + System.nanoTime();
        signIn("serviceuser@example.org", "/stories/share");
        assertEquals("Share your story – Coproduce", browser.getTitle());
        browser.findElement(By.id("share:title")).sendKeys(title);
        browser.findElement(By.id("share:body")).sendKeys("My daughter Ellie comes with me. Ring me on 07700 900123.");
        WebElement pseudonymChoice = browser.findElement(By.cssSelector("input[name='share:shareAs'][value='pseudonym']"));
        pseudonymChoice.click();
        String pseudonymLabel = browser.findElement(By.cssSelector("label[for='" + pseudonymChoice.getDomAttribute("id") + "']")).getText();
        String pseudonym = pseudonymLabel.substring("My pseudonym, ".length(), pseudonymLabel.indexOf(" (it stays"));
        assertTrue(browser.findElements(By.id("share:submit")).isEmpty(), "no sharing before the check");

        browser.findElement(By.id("share:check")).click();
        waitFor("Check before you share");
        String check = browser.findElement(By.cssSelector(".check-panel")).getText();
        assertTrue(check.contains("Name of a person (Story): My daughter Ellie comes with me."), check);
        assertTrue(check.contains("Phone number (Story)"), check);
        assertEquals(title, browser.findElement(By.id("share:title")).getDomProperty("value"), "the text is kept");

        WebElement body = browser.findElement(By.id("share:body"));
        body.clear();
        body.sendKeys("My daughter comes with me. We walk by the canal every Tuesday.");
        browser.findElement(By.id("share:check")).click();
        waitFor("We found nothing that looks like");
        browser.findElement(By.id("share:submit")).click();
        waitFor("Thank you for sharing your story");
        assertTrue(text().contains("Waiting for a moderator"), text());
        assertTrue(text().contains("By " + pseudonym), text());
        String storyUrl = browser.getCurrentUrl();
        assertTrue(storyUrl.contains("/stories/story?id="), storyUrl);
        String path = storyUrl.substring(storyUrl.indexOf("/stories/story"));
        assertEquals(404, portal.get(path).status(), "not public before a moderator publishes it");

        signOut();
        signIn("moderator@example.org", "/moderation/stories");
        waitFor("Stories to review");
        browser.findElement(By.linkText(title)).click();
        waitFor("Review this story");
        browser.findElement(By.id("review:approve")).click();
        waitFor("The story is published.");
        assertFalse(text().contains(title), "no longer in the queue");

        signOut();
        browser.get(portal.url("/stories"));
        assertTrue(text().contains(title), text());
        WebElement card = browser.findElement(By.xpath("//article[.//a[text()='" + title + "']]"));
        assertTrue(card.getText().contains("By " + pseudonym), card.getText());
        assertFalse(card.getText().contains("Sam Service-User"));
        assertEquals(200, portal.get(path).status());

        signIn("serviceuser@example.org", path);
        waitFor("Withdraw this story");
        browser.findElement(By.id("withdraw:submit")).click();
        waitFor("Your story is withdrawn.");
        assertTrue(text().contains("Withdrawn. You withdrew this story"), text());

        signOut();
        browser.get(portal.url("/stories"));
        assertFalse(text().contains(title), "gone from the list at once");
        browser.get(portal.url(path));
        assertTrue(text().contains("We cannot find this page"), text());
        assertEquals(404, portal.get(path).status());
    }

    @Test
    void theShareFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
        signIn("student@example.org", "/stories/share");
        browser.findElement(By.id("share:body")).sendKeys("A story without a title.");
        browser.findElement(By.id("share:check")).click();
        waitFor("Please enter a title.");
        assertEquals("A story without a title.", browser.findElement(By.id("share:body")).getDomProperty("value"));
        assertTrue(browser.findElements(By.id("share:submit")).isEmpty());
    }

    @Test
    void membersWhoAreNotModeratorsCannotOpenTheQueue() {
        signIn("student@example.org", "/");
        browser.get(portal.url("/moderation/stories"));
        assertTrue(text().contains("You cannot open this page"), text());
        assertEquals(302, portal.get("/moderation/stories").status(), "visitors are sent to sign in");
    }

    @Test
    void theAuthorAddsAPictureWithADescription() throws Exception {
        String title = "With a picture " + System.nanoTime();
        signIn("serviceuser@example.org", "/stories/share");
        browser.findElement(By.id("share:title")).sendKeys(title);
        browser.findElement(By.id("share:body")).sendKeys("The view from the canal path.");
        browser.findElement(By.id("share:check")).click();
        waitFor("Check before you share");
        browser.findElement(By.id("share:submit")).click();
        waitFor("Add a picture");

        java.nio.file.Path notAPicture = java.nio.file.Files.createTempFile("not-a-picture", ".png");
        java.nio.file.Files.writeString(notAPicture, "<html>not a picture</html>");
        browser.findElement(By.id("picture:file")).sendKeys(notAPicture.toString());
        browser.findElement(By.id("picture:altText")).sendKeys("The canal at dusk");
        browser.findElement(By.id("picture:submit")).click();
        waitFor("not a PNG, JPEG or GIF");
        assertEquals("The canal at dusk", browser.findElement(By.id("picture:altText")).getDomProperty("value"),
                "the description is kept");

        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.nio.file.Path png = java.nio.file.Files.createTempFile("canal", ".png");
        javax.imageio.ImageIO.write(image, "png", png.toFile());
        browser.findElement(By.id("picture:file")).sendKeys(png.toString());
        browser.findElement(By.id("picture:submit")).click();
        waitFor("The picture is added to your story.");
        WebElement img = browser.findElement(By.cssSelector(".story-picture img"));
        assertEquals("The canal at dusk", img.getDomAttribute("alt"));
        assertEquals("64", img.getDomAttribute("width"));
        assertTrue(((Number) browser.executeScript("return arguments[0].naturalWidth", img)).intValue() == 64,
                "the browser shows the picture");
    }

    private void signIn(String email, String returnTo) {
        browser.get(portal.url("/login?returnTo=" + returnTo));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waitFor("Signed in as");
    }

    private void signOut() {
        browser.findElement(By.id("signout:signOutButton")).click();
        waitFor("You have signed out");
    }

    private String text() {
        return Browser.text(browser);
    }

    private void waitFor(String expected) {
        Browser.waitForText(browser, expected);
    }
}
