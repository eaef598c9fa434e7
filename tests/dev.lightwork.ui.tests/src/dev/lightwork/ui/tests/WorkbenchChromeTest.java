package dev.lightwork.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import dev.lightwork.ui.LightworkApplication;
import dev.lightwork.ui.testsupport.Screenshots;

/**
 * The shell an Eclipse user expects (issue 16 items 1 and 3): the IDE's images in Problems, Project Explorer and
 * wizards; File / Window / Help menus and the tool bar; no IDE leftovers; About with version, build id and licence;
 * Installation Details listing the features.
 */
class WorkbenchChromeTest {

    private static final String PROJECT = "Chrome";

    @Test
    void problemsAndProjectExplorerShowTheIdeImages() throws Exception {
        ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
        for (String key : List.of(IDE.SharedImages.IMG_OBJ_PROJECT, "IMG_OBJS_ERROR_PATH", "IMG_OBJS_WARNING_PATH",
                "IMG_OBJS_INFO_PATH", "IMG_ELCL_QUICK_FIX_ENABLED", "IMG_OBJS_FIXABLE_ERROR", "IMG_DLGBAN_QUICKFIX_DLG",
                "IMG_WIZBAN_NEWFILE_WIZ", "IMG_WIZBAN_NEWPRJ_WIZ")) {
            assertNotNull(shared.getImageDescriptor(key), "declared: " + key);
            assertNotNull(shared.getImageDescriptor(key).getImageData(100), "loads: " + key);
        }

        IProject project = Workbench.project(PROJECT);
        IFile notes = project.getFile("chrome-notes.txt");
        if (!notes.exists()) {
            notes.create(new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)), true, null);
        }
        notes.deleteMarkers(IMarker.PROBLEM, false, 0);
        Map<Integer, String> messages = Map.of(IMarker.SEVERITY_ERROR, "Chrome test error",
                IMarker.SEVERITY_WARNING, "Chrome test warning", IMarker.SEVERITY_INFO, "Chrome test info");
        for (Map.Entry<Integer, String> m : messages.entrySet()) {
            IMarker marker = notes.createMarker(IMarker.PROBLEM);
            marker.setAttribute(IMarker.SEVERITY, m.getKey().intValue());
            marker.setAttribute(IMarker.MESSAGE, m.getValue());
        }
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        List<TreeItem> rows = new ArrayList<>();
        Workbench.waitUntil("the three problems in the Problems view", () -> {
            rows.clear();
            for (Tree tree : find(shell, Tree.class)) {
                for (TreeItem group : tree.getItems()) {
                    if (!group.getExpanded()) {
                        // the viewer creates a group's rows on the Expand event, which setExpanded does not send
                        Event expand = new Event();
                        expand.item = group;
                        tree.notifyListeners(SWT.Expand, expand);
                        group.setExpanded(true);
                    }
                    for (TreeItem item : group.getItems()) {
                        if (messages.containsValue(item.getText())) {
                            rows.add(item);
                        }
                    }
                }
            }
            return rows.size() == 3;
        });
        List<String> seen = new ArrayList<>();
        for (TreeItem row : rows) {
            Image image = row.getImage();
            assertNotNull(image, "Problems shows an icon for " + row.getText());
            seen.add(Arrays.toString(image.getImageData().data));
        }
        assertTrue(seen.stream().distinct().count() == 3, "error, warning and info have distinct icons");

        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().refresh();
        Workbench.settle(200);
        TreeItem projectItem = Arrays.stream(explorer.getCommonViewer().getTree().getItems())
                .filter(i -> PROJECT.equals(i.getText())).findFirst().orElseThrow();
        assertNotNull(projectItem.getImage(), "the project shows the IDE's project folder icon");
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        Screenshots.capture(shell, "chrome-problems-icons");
    }

    @Test
    void toolBarHasNewSaveAndTheLightworkCommandsAsIcons() throws Exception {
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        List<ToolItem> items = new ArrayList<>();
        for (ToolBar bar : find(shell, ToolBar.class)) {
            items.addAll(Arrays.asList(bar.getItems()));
        }
        for (String tip : List.of("New", "Save", "Validate", "Generate Review Report", "Run Trade Study")) {
            ToolItem item = items.stream().filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith(tip))
                    .findFirst().orElse(null);
            assertNotNull(item, "tool bar button " + tip + " among " + items.stream().map(ToolItem::getToolTipText).toList());
            assertNotNull(item.getImage(), "icon of " + tip);
        }
        Screenshots.capture(shell, "chrome-toolbar");
    }

    @Test
    void menusAreTheIdeOnesWithoutLeftovers() throws Exception {
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        // one read per menu: the IDE rebuilds dynamic menus (recent files) on every show
        // the recent-files entries are refilled on every show and the SWT items are briefly incomplete while that
        // happens: read a few shows and take every entry seen
        Menu fileMenu = item(shell.getMenuBar(), "File").getMenu();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 5 && !seen.contains("Exit"); i++) {
            fileMenu.notifyListeners(SWT.Show, new Event());
            Workbench.settle(200);
            seen.addAll(shown(fileMenu));
            fileMenu.notifyListeners(SWT.Hide, new Event());
            Workbench.settle(50);
        }
        List<String> file = new ArrayList<>(seen);
        for (String entry : List.of("New", "Close Editor", "Close All Editors", "Save", "Save As...", "Save All", "Revert",
                "Import...", "Export...", "Exit")) {
            assertTrue(file.contains(entry), "File > " + entry + " in " + file);
        }
        assertFalse(file.stream().anyMatch(t -> t.startsWith("Convert Line Delimiters")), "no Convert Line Delimiters: " + file);
        Menu window = item(shell.getMenuBar(), "Window").getMenu();
        List<String> showView = texts(item(window, "Show View").getMenu());
        for (String view : List.of("Problems", "Properties", "Project Explorer", "Link Budget", "Other...")) {
            assertTrue(showView.contains(view), "Window > Show View > " + view + " in " + showView);
        }
        List<String> help = texts(item(shell.getMenuBar(), "Help").getMenu());
        for (String entry : List.of("Welcome", "Help Contents", "About Lightwork")) {
            assertTrue(help.stream().anyMatch(t -> t.startsWith(entry)), "Help > " + entry + " in " + help);
        }

        // Project Explorer context menu of a design: the Lightwork commands, no Team / Replace With / empty Compare With
        IFile design = Workbench.copyOfExample("400g-dr4-qsfpdd", PROJECT, "chrome.lightwork");
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().refresh();
        explorer.selectReveal(new StructuredSelection(design));
        Workbench.settle(200);
        Menu popup = explorer.getCommonViewer().getTree().getMenu();
        List<String> entries = texts(popup);
        MenuItem compare = item(popup, "Compare With");
        List<String> compareEntries = compare == null ? List.of() : texts(compare.getMenu());
        popup.notifyListeners(SWT.Hide, new Event());
        assertTrue(entries.contains("Validate"), "Validate in " + entries);
        for (String leftover : List.of("Team", "Replace With")) {
            assertFalse(entries.contains(leftover), leftover + " has no provider here: " + entries);
        }
        // Compare With holds only our own entry (a design's previous revision), not local history or each other
        assertTrue(compareEntries.stream().allMatch(e -> e.equals("Previous Revision")), "Compare With: " + compareEntries);

        // a file that is not a design: none of them
        IFile notes = Workbench.project(PROJECT).getFile("chrome-notes.txt");
        if (!notes.exists()) {
            notes.create(new ByteArrayInputStream("notes".getBytes(StandardCharsets.UTF_8)), true, null);
        }
        explorer.selectReveal(new StructuredSelection(notes));
        Workbench.settle(200);
        List<String> other = texts(popup);
        popup.notifyListeners(SWT.Hide, new Event());
        for (String leftover : List.of("Team", "Replace With", "Compare With")) {
            assertFalse(other.contains(leftover), leftover + " has no provider for a text file: " + other);
        }
    }

    @Test
    void aboutShowsVersionBuildIdLicenceAndInstallationDetailsListTheFeatures() throws Exception {
        String buildId = System.getProperty(LightworkApplication.BUILD_ID_PROPERTY);
        assertTrue(buildId != null && buildId.matches("\\d+\\.\\d+\\.\\d+\\..+"), "eclipse.buildId set: " + buildId);
        installedFeaturesAsP2LaysThemOut();

        // About and Installation Details are modal: they run their own event loop, so the checks run inside it
        List<String> aboutTexts = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        whenShown(s -> s.getText().startsWith("About"), failures, about -> {
            aboutTexts.addAll(texts(about));
            Screenshots.capture(about, "chrome-about");
            whenShown(s -> s.getText().contains("Installation Details"), failures, installation -> {
                selectTab(installation, "Features");
                Workbench.settle(300);
                for (Table table : find(installation, Table.class)) {
                    for (TableItem item : table.getItems()) {
                        rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
                    }
                }
                Screenshots.capture(installation, "chrome-installation-details");
            });
            Button details = find(about, Button.class).stream()
                    .filter(b -> b.getText().replace("&", "").startsWith("Installation Details")).findFirst().orElseThrow();
            details.notifyListeners(SWT.Selection, new Event());
        });
        run("org.eclipse.ui.help.aboutAction");
        Workbench.settle(100);
        assertTrue(failures.isEmpty(), "checks inside the dialogs: " + failures);
        String text = String.join("\n", aboutTexts);
        assertTrue(Pattern.compile("Version: \\d+\\.\\d+\\.\\d+").matcher(text).find(), "version in About: " + text);
        assertTrue(text.contains("Build id: " + buildId), "build id in About: " + text);
        assertTrue(text.contains("Licence: Eclipse Public License 2.0"), "licence in About: " + text);
        assertTrue(rows.stream().anyMatch(r -> r.contains("dev.lightwork.feature") && r.contains("Lightwork core")), "features: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("dev.lightwork.ui.feature") && r.contains("Lightwork workbench")), "features: " + rows);
    }

    /**
     * Runs {@code check} on the first visible shell matching {@code wanted} once it shows (polled from the event loop,
     * which a modal dialog keeps running), then closes that shell; failures are collected, never thrown into SWT.
     */
    private static void whenShown(Predicate<Shell> wanted, List<Throwable> failures, ShellCheck check) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible()).filter(wanted)
                    .findFirst().orElse(null);
            if (shell == null) {
                if (System.currentTimeMillis() < end) {
                    display.timerExec(100, poll[0]);
                } else {
                    failures.add(new AssertionError("no dialog shown in 30 s"));
                }
                return;
            }
            try {
                Workbench.settle(300);
                check.accept(shell);
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                if (!shell.isDisposed()) {
                    shell.close();
                }
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** Selects the tab named {@code name} of a dialog's TabFolder or CTabFolder, as a click does. */
    private static void selectTab(Shell dialog, String name) {
        for (TabFolder tabs : find(dialog, TabFolder.class)) {
            for (TabItem item : tabs.getItems()) {
                if (item.getText().replace("&", "").equals(name)) {
                    tabs.setSelection(item);
                    Event select = new Event();
                    select.item = item;
                    tabs.notifyListeners(SWT.Selection, select);
                    return;
                }
            }
        }
        for (CTabFolder tabs : find(dialog, CTabFolder.class)) {
            for (CTabItem item : tabs.getItems()) {
                if (item.getText().replace("&", "").equals(name)) {
                    tabs.setSelection(item);
                    Event select = new Event();
                    select.item = item;
                    tabs.notifyListeners(SWT.Selection, select);
                    return;
                }
            }
        }
        throw new AssertionError("no tab " + name);
    }

    /** A check on a shown dialog. */
    private interface ShellCheck {
        void accept(Shell shell) throws Exception;
    }

    /** The product has {@code features/<id>_<version>/feature.xml} (p2 writes them); the test runtime gets copies. */
    private static void installedFeaturesAsP2LaysThemOut() throws IOException, URISyntaxException {
        Path install = Path.of(Platform.getInstallLocation().getURL().toURI());
        Path repository = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(WorkbenchChromeTest.class))
                .map(java.io.File::toPath).orElseThrow();
        while (repository != null && !Files.isDirectory(repository.resolve("features/dev.lightwork.feature"))) {
            repository = repository.getParent();
        }
        assertNotNull(repository, "the repository's features folder");
        String version = FrameworkUtil.getBundle(LightworkApplication.class).getVersion().toString();
        for (String id : List.of("dev.lightwork.feature", "dev.lightwork.ui.feature")) {
            Path target = install.resolve("features").resolve(id + "_" + version).resolve("feature.xml");
            Files.createDirectories(target.getParent());
            Files.writeString(target, Files.readString(repository.resolve("features").resolve(id).resolve("feature.xml"))
                    .replace("0.1.0.qualifier", version));
        }
    }

    private static void run(String commandId) {
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (Exception e) {
            throw new IllegalStateException(commandId, e);
        }
    }

    /** Every text a dialog shows (labels, text fields, styled text). */
    private static List<String> texts(Composite root) {
        List<String> texts = new ArrayList<>();
        for (Control c : find(root, Control.class)) {
            if (c instanceof StyledText t) {
                texts.add(t.getText());
            } else if (c instanceof Text t) {
                texts.add(t.getText());
            } else if (c instanceof Label l) {
                texts.add(l.getText());
            }
        }
        return texts;
    }

    private static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(find(child, type));
            }
        }
        return found;
    }

    private static List<String> texts(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.settle(50);
        return shown(menu);
    }

    /** The entries of a menu as it is now (no Show event). */
    private static List<String> shown(Menu menu) {
        return Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
    }

    private static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.settle(50);
        Optional<MenuItem> item = Arrays.stream(menu.getItems())
                .filter(i -> i.getText().replace("&", "").split("\t")[0].equals(text)).findFirst();
        return item.orElse(null);
    }
}
