package org.trio.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trio.access.Role;

/**
 * Base of the browser tests: Playwright for Java driving the system Chromium (no browser download), headless, one
 * browser for the class and a fresh context (cookies) per test. Screenshots go to {@code target/screenshots}.
 */
public abstract class BrowserTest {

    /** A phone-sized viewport (iPhone SE class). */
    protected static final int PHONE_WIDTH = 375;

    protected static final int PHONE_HEIGHT = 740;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("trio.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContext() {
        if (browserContext != null) {
            browserContext.close();
            browserContext = null;
        }
    }

    /** Opens a fresh desktop-sized page. */
    protected Page openDesktop() {
        return open(1280, 900);
    }

    /** Opens a fresh phone-sized page. */
    protected Page openPhone() {
        return open(PHONE_WIDTH, PHONE_HEIGHT);
    }

    private Page open(int width, int height) {
        closeContext();
        browserContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("fr-FR")
                .setBaseURL("http://localhost:" + port));
        page = browserContext.newPage();
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the login page as the demo account of the role. */
    protected void login(Role role) {
        login(DemoUsers.of(role), DemoUsers.PASSWORD);
    }

    protected void login(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(username);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Se connecter"))
                .click();
        page.waitForLoadState();
    }

    /** Saves a full-page screenshot under target/screenshots/&lt;test class&gt;/&lt;name&gt;.png. */
    protected Path screenshot(String name) {
        Path directory = Paths.get(System.getProperty("trio.screenshots", "target/screenshots"))
                .resolve(getClass().getSimpleName());
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path file = directory.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    protected static String testName(TestInfo info) {
        return info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
    }
}
