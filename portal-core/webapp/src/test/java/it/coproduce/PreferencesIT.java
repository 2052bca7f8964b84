package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Themes and languages over HTTP: the switch's cookies, the language from the browser, each theme's contract. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void theLanguageComesFromTheBrowserUnlessTheVisitorChoseOne() {
        Response english = page("/", "en-GB,en;q=0.9", null);
        assertTrue(english.body().contains("<html") && english.body().contains("lang=\"en\""), "lang en");
        assertTrue(english.body().contains("Welcome to Coproduce"), "English text");
        assertTrue(english.body().contains(">Cymraeg</a>"), "a switch to Welsh, named in Welsh");

        Response welsh = page("/", "cy-GB,cy;q=0.9,en;q=0.5", null);
        assertTrue(welsh.body().contains("lang=\"cy\""), "lang cy");
        assertTrue(welsh.body().contains("Croeso i Coproduce"), "Welsh text");
        assertTrue(welsh.body().contains("Neidio i'r prif gynnwys") || welsh.body().contains("Neidio i&#39;r prif gynnwys"),
                "the template's text in Welsh too");
        assertTrue(welsh.body().contains(">English</a>"), "a switch to English");

        Response chosen = page("/discussions/", "en-GB", "coproduce-lang=cy");
        assertTrue(chosen.body().contains("lang=\"cy\""), "the cookie outranks the browser");
        assertTrue(chosen.body().contains("Trafodaethau"), "Welsh navigation and heading");
    }

    @Test
    void theSwitchRemembersTheChoiceAndGoesBack() {
        Response language = portal.get("/preferences?lang=cy&returnTo=%2Fstories%3Fpage%3D1");
        assertEquals(303, language.status());
        assertTrue(language.header("Location").orElseThrow().endsWith("/stories?page=1"), language.toString());
        String cookie = setCookie(language, "coproduce-lang");
        assertTrue(cookie.startsWith("coproduce-lang=cy"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && (cookie.contains("Max-Age=") || cookie.contains("Expires=")), cookie);

        Response theme = portal.get("/preferences?theme=high-contrast&returnTo=//elsewhere.example.org/");
        assertEquals(303, theme.status());
        assertFalse(theme.header("Location").orElseThrow().contains("elsewhere"), "never returns to another site");
        assertTrue(setCookie(theme, "coproduce-theme").startsWith("coproduce-theme=high-contrast"));

        Response unknown = portal.get("/preferences?theme=no-such-theme&lang=fr&returnTo=/");
        assertEquals(303, unknown.status());
        assertTrue(unknown.raw().headers().allValues("Set-Cookie").isEmpty(), "nothing remembered for unknown choices");
    }

    @Test
    void eachThemeIsItsOwnContractWithItsParentBehindIt() {
        Response standard = page("/", "en-GB", null);
        assertTrue(standard.body().contains("class=\"theme-default\""), "the default theme");

        Response contrast = page("/", "en-GB", "coproduce-theme=high-contrast");
        assertTrue(contrast.body().contains("class=\"theme-high-contrast\""));
        String themeCss = stylesheet(contrast.body(), "theme.css");
        assertTrue(themeCss.contains("con=high-contrast"), themeCss);
        assertTrue(portal.get(themeCss.replace("&amp;", "&")).body().contains("High contrast"), "the child's own stylesheet");
        String baseCss = stylesheet(contrast.body(), "coproduce.css");
        assertEquals(200, portal.get(baseCss.replace("&amp;", "&")).status(), "the parent's stylesheet through the child");

        Response easy = page("/discussions/", "en-GB", "coproduce-theme=easy-read");
        assertTrue(easy.body().contains("Talk together"), "easy read rewords the menu");
        assertTrue(easy.body().contains("<option value=\"easy-read\" selected=\"selected\">"), "the switch shows the theme in use");
        assertEquals(1, easy.body().split("selected=", -1).length - 1, "and only that one");
        assertTrue(easy.body().contains("Go to the main part of this page"), "and the skip link");
        Response easyWelsh = page("/discussions/", "cy", "coproduce-theme=easy-read");
        assertTrue(easyWelsh.body().contains("Siarad gyda"), "in Welsh too");

        Response unknown = page("/", "en-GB", "coproduce-theme=no-such-theme");
        assertTrue(unknown.body().contains("class=\"theme-default\""), "an unknown theme falls back to the site default");
    }

    @Test
    void aMembersChoiceFollowsThemAndTheAdministratorSetsTheSiteDefault() {
        String email = Portal.newEmail("prefs");
        portal.register("Morgan Preferences", email, Portal.GOOD_PASSWORD, "carer");
        ChromeDriver browser = Browser.start();
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        try {
            signIn(browser, email, Portal.GOOD_PASSWORD);
            browser.get(portal.url("/profile"));
            new Select(browser.findElement(By.id("preferences:theme"))).selectByValue("easy-read");
            new Select(browser.findElement(By.id("preferences:language"))).selectByValue("cy");
            browser.findElement(By.id("preferences:submit")).click();
            Browser.waitForText(browser, "Mae eich dewisiadau wedi'u cadw.");
            assertEquals("cy", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertTrue(browser.findElement(By.tagName("html")).getDomAttribute("class").contains("theme-easy-read"));

            browser.manage().deleteAllCookies();
            signIn(browser, email, Portal.GOOD_PASSWORD);
            browser.get(portal.url("/discussions/"));
            assertEquals("cy", browser.findElement(By.tagName("html")).getDomAttribute("lang"), "the profile's language on a new device");
            assertTrue(Browser.text(browser).contains("Siarad gyda'n gilydd"), "and its theme");

            browser.manage().deleteAllCookies();
            signIn(browser, "admin@example.org", Portal.DEMO_PASSWORD);
            browser.get(portal.url("/admin/appearance"));
            browser.findElement(By.cssSelector("input[name='appearance:theme'][value='high-contrast']")).click();
            browser.findElement(By.id("appearance:submit")).click();
            Browser.waitForText(browser, "The default theme has been saved.");
            assertTrue(page("/", "en-GB", null).body().contains("class=\"theme-high-contrast\""), "visitors see the site default");
            assertTrue(page("/", "en-GB", "coproduce-theme=default").body().contains("class=\"theme-default\""),
                    "a visitor's own choice outranks it");
        } finally {
            browser.quit();
            restoreDefaultTheme(admin);
        }
        assertTrue(page("/", "en-GB", null).body().contains("class=\"theme-default\""), "restored");
    }

    private void restoreDefaultTheme(String adminToken) {
        ChromeDriver browser = Browser.start();
        try {
            signIn(browser, "admin@example.org", Portal.DEMO_PASSWORD);
            browser.get(portal.url("/admin/appearance"));
            browser.findElement(By.cssSelector("input[name='appearance:theme'][value='default']")).click();
            browser.findElement(By.id("appearance:submit")).click();
            Browser.waitForText(browser, "The default theme has been saved.");
        } finally {
            browser.quit();
        }
    }

    private void signIn(ChromeDriver browser, String email, String password) {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.id("signout:signOutButton")).isEmpty());
    }

    private Response page(String path, String acceptLanguage, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).GET()
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        Response response = portal.send(request, null);
        assertEquals(200, response.status(), path);
        return response;
    }

    private static String setCookie(Response response, String name) {
        List<String> cookies = response.raw().headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + cookies));
    }

    private static String stylesheet(String html, String name) {
        Matcher link = Pattern.compile("href=\"([^\"]*" + Pattern.quote(name) + "[^\"]*)\"").matcher(html);
        assertTrue(link.find(), "a link to " + name);
        return link.group(1);
    }
}
