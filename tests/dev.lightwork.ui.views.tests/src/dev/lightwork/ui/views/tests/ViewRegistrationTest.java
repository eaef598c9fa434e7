package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;

import dev.lightwork.ui.DesignPerspective;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.PowerView;
import dev.lightwork.ui.views.ThermalView;

/** The views are registered under "Lightwork" and placed in the design perspective (Window > Reset Perspective). */
class ViewRegistrationTest {

    private static final String[] IDS = {LinkBudgetView.ID, PowerView.ID, ThermalView.ID};

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
}
