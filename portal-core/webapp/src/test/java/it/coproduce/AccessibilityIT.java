package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Accessibility;
import it.coproduce.support.Browser;
import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core in a real browser over every page type, in every theme and both languages, failing on any WCAG 2.2 A or
 * AA violation; screenshots of the home and thread pages in each theme land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

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

    @ParameterizedTest
    @ValueSource(strings = {"default", "high-contrast", "easy-read"})
    void everyPageTypeHasNoViolationsInBothLanguages(String theme) throws java.io.IOException {
        List<String> shots = List.of("home-" + theme, "thread-" + theme, "register-errors-" + theme);
        for (String shot : shots) {
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("target", "screenshots", shot + ".png"));
        }
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        String category = firstId(portal.get("/api/v1/categories").body());
        String thread = firstId(portal.get("/api/v1/threads?category=" + category).body());
        String guidance = firstId(portal.get("/api/v1/guidance").body());
        String story = firstId(portal.get("/api/v1/stories").body());
        String example = firstId(portal.get("/api/v1/practice-examples").body());
        String template = topId(portal.get("/api/v1/plan-templates", admin).body());
        String plan = topId(portal.post("/api/v1/plans", Json.createObjectBuilder()
                .add("templateId", Long.parseLong(template)).build().toString(), admin).body());
        String activity = topId(portal.get("/api/v1/payments/activities", admin).body());
        String agreement = topId(portal.get("/api/v1/payments/activities/" + activity + "/agreements", admin).body());
        String claim = topId(portal.get("/api/v1/payments/claims?scope=all", admin).body());
        String title = "Checking pages for everyone (" + theme + ")";
        String own = firstId(portal.post("/api/v1/threads", Json.createObjectBuilder()
                .add("categoryId", Long.parseLong(category)).add("title", title)
                .add("body", "First line.\n\nSecond line.").build().toString(), admin).body());
        portal.put("/api/v1/threads/" + own, Json.createObjectBuilder().add("title", title)
                .add("body", "First line.\n\nSecond line, changed.").build().toString(), admin);

        List<String> visitorPages = List.of("/", "/discussions/", "/discussions/category?id=" + category,
                "/discussions/thread?id=" + thread, "/guidance", "/guidance/document?id=" + guidance, "/stories",
                "/stories/story?id=" + story, "/practice", "/practice/example?id=" + example, "/login", "/register",
                "/reset-password", "/verify", "/logout", "/no-such-page");
        List<String> memberPages = List.of("/profile", "/discussions/new?category=" + category,
                "/discussions/edit?thread=" + own, "/discussions/revisions?id=" + own, "/discussions/thread?id=" + own,
                "/stories/share", "/practice/new", "/moderation/stories", "/guidance/import", "/admin/mail",
                "/admin/categories", "/admin/plugins", "/admin/appearance", "/assisted/", "/assisted/story",
                "/assisted/reply?thread=" + own, "/search", "/search?q=care+planning", "/admin/search",
                "/plugins/plan-templates/", "/plugins/plan-templates/templates", "/plugins/participation-payments/",
                "/plugins/participation-payments/finance", "/plugins/plan-templates/plan?id=" + plan,
                "/plugins/plan-templates/print?id=" + plan, "/plugins/plan-templates/history?id=" + plan,
                "/plugins/plan-templates/overview", "/plugins/plan-templates/template-edit",
                "/plugins/participation-payments/activity?id=" + activity,
                "/plugins/participation-payments/agreement?id=" + agreement,
                "/plugins/participation-payments/claim?id=" + claim, "/plugins/participation-payments/lead",
                "/plugins/participation-payments/statement", "/moderation/", "/moderation/urgent",
                "/admin/audit", "/report?type=thread&id=" + thread, "/stories/story?id=" + story,
                "/terms", "/terms/accept", "/admin/terms",
                "/moderation/member?id=" + firstId(portal.get("/api/v1/me", admin).body()));

        List<String> violations = new ArrayList<>();
        for (String language : List.of("en", "cy")) {
            choose(theme, language);
            for (String page : visitorPages) {
                violations.addAll(check(page, theme, language));
            }
            browser.get(portal.url("/register"));
            browser.findElement(By.id("register:submit")).click();
            Browser.waitForText(browser, "en".equals(language) ? "Please enter your name." : "Rhowch eich enw.");
            assertTrue(browser.findElements(By.cssSelector(".error-summary a[href='#register:displayName']")).size() == 1,
                    "the error summary links to the field");
            violations.addAll(Accessibility.violations(browser, theme + "/" + language + " /register with errors"));
            if ("en".equals(language)) {
                Accessibility.screenshot(browser, "register-errors-" + theme);
            }

            signIn();
            for (String page : memberPages) {
                violations.addAll(check(page, theme, language));
            }
            browser.get(portal.url("/guidance/import"));
            browser.findElement(By.id("blank:submit")).click();
            Browser.waitForUrl(browser, "/guidance/draft");
            violations.addAll(Accessibility.violations(browser, theme + "/" + language + " /guidance/draft"));
            browser.findElement(By.id("signout:signOutButton")).click();
            Browser.waitForUrl(browser, "/logout");
            if ("en".equals(language)) {
                browser.get(portal.url("/"));
                Accessibility.screenshot(browser, "home-" + theme);
                browser.get(portal.url("/discussions/thread?id=" + thread));
                Accessibility.screenshot(browser, "thread-" + theme);
            }
        }
        assertEquals(List.of(), violations, "accessibility violations in the " + theme + " theme");
        for (String shot : shots) {
            java.nio.file.Path png = java.nio.file.Path.of("target", "screenshots", shot + ".png");
            assertTrue(java.nio.file.Files.isRegularFile(png) && png.toFile().length() > 1000,
                    "this run made the screenshot " + png.toAbsolutePath());
        }
    }

    @org.junit.jupiter.api.Test
    void theCheckFailsWhenAPageHasABarrier() {
        browser.get(portal.url("/"));
        assertEquals(List.of(), Accessibility.violations(browser, "home"));
        // A picture without a text alternative and a field without a label, added to the page as it is shown.
        browser.executeScript("""
                const img = document.createElement('img'); img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                const input = document.createElement('input'); input.type = 'text';
                document.querySelector('main').append(img, input);
                """);
        List<String> found = Accessibility.violations(browser, "home with barriers");
        assertTrue(found.stream().anyMatch(v -> v.contains("image-alt")), String.join("\n", found));
        assertTrue(found.stream().anyMatch(v -> v.contains("label")), String.join("\n", found));
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "high-contrast", "easy-read"})
    void textAtTwoHundredPercentAndNarrowScreensLoseNothing(String theme) {
        String category = firstId(portal.get("/api/v1/categories").body());
        String thread = firstId(portal.get("/api/v1/threads?category=" + category).body());
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "cy")) {
            choose(theme, language);
            for (String page : List.of("/", "/discussions/thread?id=" + thread, "/register", "/practice", "/stories")) {
                browser.manage().window().setSize(new Dimension(1280, 900));
                browser.get(portal.url(page));
                // Text zoom to 200% (WCAG 1.4.4), through the CSS object model: the page's own CSP stays in force.
                browser.executeScript("document.documentElement.style.fontSize = '200%';");
                problems.addAll(overflow(theme + "/" + language + " " + page + " at 200% text"));
                if (page.equals("/") && language.equals("en")) {
                    Accessibility.screenshot(browser, "home-200-percent-" + theme);
                }
                // Reflow (WCAG 1.4.10): 320 CSS pixels wide, no sideways scrolling.
                browser.manage().window().setSize(new Dimension(320, 900));
                browser.get(portal.url(page));
                problems.addAll(overflow(theme + "/" + language + " " + page + " at 320 px"));
            }
        }
        assertEquals(List.of(), problems, "content lost or scrolling sideways");
    }

    /** Sideways scrolling, or a heading, link or button cut off at the right edge. */
    private List<String> overflow(String label) {
        List<String> found = new ArrayList<>();
        Object result = browser.executeScript("""
                const width = document.documentElement.clientWidth;
                const lost = [];
                if (document.documentElement.scrollWidth > width + 1) {
                  lost.push('the page is ' + document.documentElement.scrollWidth + ' px wide in ' + width + ' px');
                }
                for (const el of document.querySelectorAll('h1, h2, a, button, input, select, textarea, label')) {
                  const box = el.getBoundingClientRect();
                  if (box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== 'absolute') {
                    lost.push((el.id || el.tagName) + ' ends at ' + Math.round(box.right) + ' px');
                  }
                }
                return lost.slice(0, 5).join('; ');
                """);
        if (result != null && !result.toString().isEmpty()) {
            found.add(label + ": " + result);
        }
        return found;
    }

    private List<String> check(String page, String theme, String language) {
        browser.get(portal.url(page));
        String lang = browser.findElement(By.tagName("html")).getDomAttribute("lang");
        List<String> found = new ArrayList<>(Accessibility.violations(browser, theme + "/" + language + " " + page));
        if (!page.equals("/no-such-page")) {
            if (!language.equals(lang)) {
                found.add(theme + "/" + language + " " + page + ": html lang is " + lang);
            }
            String html = browser.findElement(By.tagName("html")).getDomAttribute("class");
            if (html == null || !html.contains("theme-" + theme)) {
                found.add(theme + "/" + language + " " + page + ": shown in " + html);
            }
        }
        return found;
    }

    private void choose(String theme, String language) {
        browser.get(portal.url("/preferences?theme=" + theme + "&lang=" + language + "&returnTo=/"));
        Browser.waitForUrl(browser, "/");
    }

    private void signIn() {
        browser.get(portal.url("/login"));
        browser.findElement(By.id("login:email")).sendKeys("admin@example.org");
        browser.findElement(By.id("login:password")).sendKeys(Portal.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(By.id("signout:signOutButton")).isEmpty());
    }

    /** The id of a JSON object, or of the first object of a JSON array. */
    private static String topId(String json) {
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonValue value = reader.readValue();
            jakarta.json.JsonObject object = value.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY
                    ? value.asJsonArray().getJsonObject(0) : value.asJsonObject();
            return String.valueOf(object.getJsonNumber("id").longValue());
        } catch (RuntimeException e) {
            throw new AssertionError("an id in " + json, e);
        }
    }

    private static String firstId(String json) {
        Matcher id = FIRST_ID.matcher(json);
        assertTrue(id.find(), "an id in " + json);
        return id.group(1);
    }
}
