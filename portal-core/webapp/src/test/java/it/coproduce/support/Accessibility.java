package it.coproduce.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** axe-core (the engine in com.deque.html.axe-core:selenium) run on the page a browser shows, WCAG 2.2 A and AA. */
public final class Accessibility {

    /** The rule sets checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private Accessibility() {
    }

    /**
     * Every violation on the page now shown, one line each: rule, help and where; empty when there is none. axe runs
     * in the page itself ("legacy mode"): the portal's pages have no frames, and the default mode, made for pages with
     * frames from other origins, opens a second window and loads axe into it again for every page checked.
     */
    public static List<String> violations(WebDriver browser, String label) {
        Results results = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(true).analyze(browser);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add(label + ": axe-core failed: " + results.getErrorMessage());
        }
        if (results.getPasses().isEmpty() && results.getViolations().isEmpty()) {
            found.add(label + ": axe-core checked nothing");
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(label + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget() + ": "
                        + abbreviate(node.getHtml()));
            }
        }
        return found;
    }

    /** Saves a screenshot under target/screenshots (made by the test run, never committed). */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String html) {
        return html == null ? "" : html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
