package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.DesignPerspective;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.PowerView;
import dev.lightwork.ui.views.ThermalView;
import dev.lightwork.ui.views.TradeStudyView;
import dev.lightwork.ui.views.YieldView;

/** The views are registered under "Lightwork" and placed in the design perspective (Window > Reset Perspective). */
class ViewRegistrationTest {

    private static final String[] IDS = {LinkBudgetView.ID, PowerView.ID, ThermalView.ID, TradeStudyView.ID, YieldView.ID};

    @Test
    void viewsAreInTheLightworkCategoryAndTheDesignPerspective() {
        IViewCategory category = Arrays.stream(PlatformUI.getWorkbench().getViewRegistry().getCategories())
                .filter(c -> c.getId().equals("dev.lightwork.ui.views.category")).findFirst().orElseThrow();
        assertEquals("Lightwork", category.getLabel());
        Set<String> inCategory = Arrays.stream(category.getViews()).map(IViewDescriptor::getId).collect(Collectors.toSet());
        assertEquals(Set.of(IDS), inCategory);
        Set<String> placed = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectiveExtensions"))
                .filter(e -> DesignPerspective.ID.equals(e.getAttribute("targetID")))
                .flatMap(e -> Arrays.stream(e.getChildren("view"))).map(v -> v.getAttribute("id")).collect(Collectors.toSet());
        assertTrue(placed.containsAll(Set.of(IDS)), placed.toString());
        for (String id : IDS) {
            assertNotNull(Workbench.page().findViewReference(id), "in the open perspective: " + id);
        }
    }

    @Test
    void windowMenuReopensAClosedView() throws Exception {
        IWorkbenchPage page = Workbench.page();
        page.hideView(page.findViewReference(ThermalView.ID));
        Workbench.spin();
        assertNull(page.findViewReference(ThermalView.ID));
        MenuItem window = item(page.getWorkbenchWindow().getShell().getMenuBar(), "Window");
        MenuItem views = item(window.getMenu(), "Analysis Views");
        MenuItem thermal = item(views.getMenu(), "Thermal");
        thermal.notifyListeners(SWT.Selection, new Event());
        Workbench.spin();
        assertNotNull(page.findView(ThermalView.ID), "Window > Analysis Views > Thermal opened the view");
    }

    /** A menu item by its text (mnemonics ignored), after letting the menu fill itself as it does when shown. */
    private static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        Workbench.spin();
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text + " in " + Arrays.toString(menu.getItems())));
    }
}
