package dev.lightwork.ui.help.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.help.AbstractHelpUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.help.HelpView;
import dev.lightwork.ui.help.LightworkHelpUI;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * Issue 16 item 10 through Eclipse's help system: Help Contents opens the help window with the guide's table of
 * contents and renders topics (help web application: JSP on Jetty), Help > Search finds topics in the Lucene index, F1
 * shows the active view's context and its topics; without a browser engine the Forms Help view is the fallback.
 * Needs WebKitGTK (libwebkit2gtk-4.1-0), which releng/test installs.
 */
class HelpWindowTest {

    private static final long TIMEOUT_MS = 60_000;
    private static final String GUIDE = "/dev.lightwork.ui.help/html/";
    private static final String PLATFORM_HELP_VIEW = "org.eclipse.help.ui.HelpView";

    @BeforeAll
    static void needsABrowserEngine() {
        Shell probe = new Shell(Display.getCurrent());
        try {
            new Browser(probe, SWT.NONE).dispose();
        } catch (SWTError e) {
            fail("SWT cannot embed a browser (" + e.getMessage() + "): install WebKitGTK, Debian package libwebkit2gtk-4.1-0");
        } finally {
            probe.dispose();
        }
    }

    @AfterEach
    void closeHelpWindows() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != workbenchShell() && !shell.isDisposed()) {
                shell.close();
            }
        }
        IWorkbenchPage page = page();
        for (String id : List.of(PLATFORM_HELP_VIEW, HelpView.ID)) {
            IViewPart view = page.findView(id);
            if (view != null) {
                page.hideView(view);
            }
        }
        settle(200);
    }

    @Test
    void helpContentsOpensTheHelpWindowWithTheGuideAndRendersATopic() throws Exception {
        execute("org.eclipse.ui.help.helpContents");
        Browser browser = waitFor("the help window", () -> helpWindowBrowser());
        Shell window = browser.getShell();
        window.setBounds(40, 30, 1200, 820);
        waitForText("Lightwork User Guide");
        waitForText("Lightwork keeps one model of an optical transceiver module");
        assertTrue(window.getText().contains("Help"), "the help window's title: " + window.getText());
        waitForLoaded();
        Screenshots.capture(window, "help-window-contents");

        // a topic, rendered by the help web application in the same window; the contents follow it (book expanded)
        PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(GUIDE + "link-budget.html");
        waitForText("receiver sensitivity");
        String shown = waitForText("Manufacturing yield");
        window = helpWindowBrowser().getShell();
        for (String topic : List.of("Getting started", "The link budget method and its terms", "Module power and MSA power classes",
                "The thermal network", "Trade studies", "Manufacturing yield", "The command line in CI")) {
            assertTrue(shown.contains(topic), "the table of contents lists " + topic);
        }
        waitForLoaded();
        Screenshots.capture(window, "help-window-topic");

        // the same topic over HTTP from the help server: a rendered page, and the JSP front page compiles (Jasper)
        URL topic = PlatformUI.getWorkbench().getHelpSystem().resolve(GUIDE + "link-budget.html", true);
        assertEquals("http", topic.getProtocol(), "topics come from the help server: " + topic);
        assertTrue(get(topic).contains("receiver sensitivity"), "the topic over HTTP");
        URL index = new URL(topic.getProtocol(), topic.getHost(), topic.getPort(), "/help/index.jsp");
        assertTrue(get(index).toLowerCase().contains("frameset") || get(index).contains("<iframe"), "index.jsp renders");
    }

    @Test
    void searchFindsTheGuidesTopicsInTheIndex() throws Exception {
        URL topic = PlatformUI.getWorkbench().getHelpSystem().resolve(GUIDE + "link-budget.html", true);
        // the help server's search page over the Lucene index the help system builds from the toc
        URL search = new URL(topic.getProtocol(), topic.getHost(), topic.getPort(),
                "/help/advanced/searchView.jsp?searchWord=TDECQ&maxHits=50");
        String results = waitFor("search results for TDECQ", () -> {
            // the first requests answer "Indexing... n% complete" while help.base builds the index
            String page = decodeEntities(get(search));
            return page.contains("matches in All topics") ? page : null;
        });
        assertTrue(results.contains("/topic/dev.lightwork.ui.help/html/link-budget.html"), "the link budget topic is found: " + results);
        assertTrue(results.contains("Every lane is budgeted by the IEEE 802.3 method"), "with its summary");

        // Help > Search in the workbench: Eclipse's Help view with the same search
        PlatformUI.getWorkbench().getHelpSystem().search("TDECQ");
        IViewPart view = waitFor("the Help view", () -> page().findView(PLATFORM_HELP_VIEW));
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        settle(4000);
        Screenshots.capture(workbenchShell(), "help-search");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void f1ShowsTheContextOfTheActiveViewAndItsTopics() throws Exception {
        page().showView("dev.lightwork.ui.views.linkBudget");
        settle(300);
        execute("org.eclipse.ui.help.dynamicHelp");
        IViewPart view = waitFor("the Help view", () -> page().findView(PLATFORM_HELP_VIEW));
        Control control = view.getSite().getShell();
        List<String> sections = waitFor("the context section", () -> {
            // the context section of the Help view carries the context's title from contexts.xml
            List<String> titles = sectionTitles(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
            return titles.contains("Link Budget view") ? titles : null;
        });
        assertTrue(sections.contains("Link Budget view"), "the context is the Link Budget view's: " + sections);
        settle(1000);
        Screenshots.capture((Shell) control, "help-f1-link-budget-context");

        // the context's first topic opens rendered in the help window
        IContext context = HelpSystem.getContext("dev.lightwork.ui.help.linkBudgetView");
        IHelpResource first = context.getRelatedTopics()[0];
        assertEquals(GUIDE + "link-budget.html", first.getHref());
        PlatformUI.getWorkbench().getHelpSystem().displayHelpResource(first.getHref());
        waitForText("receiver sensitivity");
    }

    @Test
    void withoutABrowserEngineTheGuideOpensInTheFormsHelpView() {
        Supplier<AbstractHelpUI> platformHelp = () -> fail("Eclipse's help UI needs a browser engine");
        LightworkHelpUI noBrowser = new LightworkHelpUI(() -> false, platformHelp);
        noBrowser.displayHelp();
        settle(300);
        assertEquals(null, noBrowser.platform());
        IViewPart view = page().findView(HelpView.ID);
        assertTrue(view instanceof HelpView, "the Forms Help view is open: " + view);
        assertEquals(GUIDE + "getting-started.html", ((HelpView) view).currentTopic());
        noBrowser.search("TDECQ");
        settle(200);
        assertTrue(view.getViewSite().getPart().getTitle() != null);
        assertTrue(((HelpView) view).getContentDescription().matches("[1-9]\\d* topics found"),
                ((HelpView) view).getContentDescription());
    }

    @Test
    void theWorkbenchUsesTheBrowserBasedHelpWhereABrowserExists() {
        // the workbench takes the first helpSupport extension: ours (choosing Eclipse's help UI or the fallback), not
        // org.eclipse.help.ui's own, which would have no fallback and no part-to-context table for F1
        IExtension[] helpSupport = Platform.getExtensionRegistry().getExtensionPoint("org.eclipse.ui.helpSupport").getExtensions();
        assertEquals("dev.lightwork.ui.help", helpSupport[0].getContributor().getName(),
                "the first helpSupport of " + Arrays.stream(helpSupport).map(e -> e.getContributor().getName()).toList());
        LightworkHelpUI probed = new LightworkHelpUI();
        assertNotNull(probed.platform(), "Eclipse's help UI is used where WebKitGTK and org.eclipse.help.ui are installed");
    }

    // --- helpers

    private static Shell workbenchShell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void execute(String commandId) throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
        settle(200);
    }

    /** The browser of the help window (a shell of its own), or null while it is not open. */
    private static Browser helpWindowBrowser() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (shell != workbenchShell() && shell.isVisible()) {
                Browser browser = find(shell, Browser.class);
                if (browser != null) {
                    return browser;
                }
            }
        }
        return null;
    }

    /**
     * The text of every frame of the help window's page once it contains {@code expected} (the window is looked up on
     * each try: the help system may replace its browser for a new URL).
     */
    private static String waitForText(String expected) {
        return waitFor("\"" + expected + "\" in the help window", () -> {
            Browser browser = helpWindowBrowser();
            String text = browser == null ? "" : text(browser);
            return text.contains(expected) ? text : null;
        });
    }

    /** Waits until every frame of the help window has loaded, then lets WebKit paint (slow on a loaded machine). */
    private static void waitForLoaded() {
        waitFor("the help window's frames loaded", () -> {
            Browser browser = helpWindowBrowser();
            Object done = browser == null ? null : browser.evaluate("function done(w){try{if(w.document.readyState!='complete')"
                    + "return false;}catch(e){}for(var i=0;i<w.frames.length;i++){if(!done(w.frames[i]))return false;}return true;}"
                    + "return done(window);");
            return Boolean.TRUE.equals(done) ? Boolean.TRUE : null;
        });
        settle(3000);
    }

    /** The text of every frame of the browser's page (the help window is a frameset), "" while none is loaded. */
    private static String text(Browser browser) {
        if (browser.isDisposed()) {
            return "";
        }
        Object text = browser.evaluate("function all(w){var t='';try{t+=w.document.body?w.document.body.innerText:'';}"
                + "catch(e){}for(var i=0;i<w.frames.length;i++){t+='\\n'+all(w.frames[i]);}return t;}return all(window);");
        return text instanceof String s ? s : "";
    }

    private static List<String> sectionTitles(Composite root) {
        List<String> titles = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof ExpandableComposite section && section.getText() != null) {
                titles.add(section.getText());
            }
            if (c instanceof Composite composite) {
                titles.addAll(sectionTitles(composite));
            }
        }
        return titles;
    }

    private static <T> T find(Composite root, Class<T> type) {
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The page with HTML numeric character references (the search page writes links as {@code &#46;}) replaced. */
    private static String decodeEntities(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(\\d+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static String get(URL url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            assertEquals(200, connection.getResponseCode(), "HTTP status of " + url);
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + url + ": " + e, e);
        }
    }

    /** Runs the event loop until {@code value} gives non-null; fails after a minute. */
    private static <T> T waitFor(String what, Supplier<T> value) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            T result = value.get();
            if (result != null) {
                return result;
            }
            if (System.currentTimeMillis() > end) {
                // what was on screen, for the reader of the failure
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible()) {
                        try {
                            Screenshots.capture(shell, "help-timeout-" + what.replaceAll("\\W+", "-") + "-" + shell.hashCode());
                        } catch (IOException e) {
                            // the failure below says what matters
                        }
                    }
                }
                fail("Timed out waiting for " + what + (Arrays.asList(display.getShells()).size() > 1 ? "" : " (no help window)"));
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    private static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}
