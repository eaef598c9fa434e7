package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DelegatingWrapperItemProvider;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.analysis.thermal.ThermalSolution;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Component;
import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.NodeTemperature;
import dev.lightwork.ui.views.ThermalView;
import dev.lightwork.ui.views.ViewPreferences;
import dev.lightwork.ui.views.table.AnalysisTable;
import dev.lightwork.ui.views.table.CellStyles;

/** The Thermal view: one row per node with the solver's temperatures, coloured headroom, boundary nodes marked. */
class ThermalViewTest {

    @TempDir
    Path temp;

    @Test
    void nodesShowTemperatureLimitAndHeadroomWithBoundariesMarked() throws Exception {
        ThermalView view = Workbench.show(ThermalView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        Workbench.select(view, dr4.getThermalNetwork().getNodes().get(0));
        ThermalSolution s = Workbench.analyse(dr4).thermal();
        AnalysisTable<NodeTemperature> table = view.table();
        List<ThermalNode> nodes = dr4.getThermalNetwork().getNodes();
        assertEquals(nodes.size(), table.rows().size());
        int headroom = 5;
        assertEquals(ThermalView.HEADROOM, table.columns().get(headroom).name());
        boolean sawBoundary = false;
        for (int i = 0; i < nodes.size(); i++) {
            ThermalNode n = nodes.get(i);
            NodeTemperature row = table.rows().get(i);
            assertEquals(n.getId(), row.nodeId());
            assertEquals(s.temperatureC().get(n.getId()), row.temperatureC(), 0.0);
            assertEquals(String.format(Locale.ROOT, "%.1f", s.temperatureC().get(n.getId())), table.textAt(i, 3));
            if (n.isBoundary()) {
                sawBoundary = true;
                assertEquals("fixed T", table.textAt(i, 1));
                assertTrue(table.labelsAt(i, 1).contains(CellStyles.BOUNDARY));
            }
            Double limit = s.limitC().get(n.getId());
            if (limit != null) {
                double room = limit - s.temperatureC().get(n.getId());
                String expected = room < 0 ? CellStyles.FAIL : room < ViewPreferences.thermalWarningBandK() ? CellStyles.MARGINAL : CellStyles.OK;
                assertTrue(table.labelsAt(i, headroom).contains(expected), n.getId() + " " + room + " " + table.labelsAt(i, headroom));
            }
        }
        assertTrue(sawBoundary, "the reference design has a boundary node");

        Path csv = temp.resolve("thermal.csv");
        view.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("Node,Kind,Boundary,Heat (W),Temperature (°C),Limit (°C),Headroom (K)", lines.get(0));
        assertEquals(nodes.size() + 1, lines.size());
        String[] first = lines.get(1).split(",", -1);
        assertEquals(s.temperatureC().get(nodes.get(0).getId()), Double.parseDouble(first[4]), 0.0);

        Workbench.page().setPartState(Workbench.page().findViewReference(ThermalView.ID), IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.spin();
        Screenshots.capture(view.getSite().getShell(), "thermal-dr4");
        Workbench.page().setPartState(Workbench.page().findViewReference(ThermalView.ID), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void overheatingAPartTurnsItsNodeRed() throws Exception {
        ThermalView view = Workbench.show(ThermalView.ID);
        TransceiverDesign dr4 = ReferenceDesigns.dr4400G();
        // an EMF.Edit tree may publish a wrapper around the selected object: the view unwraps it
        Workbench.select(view, new DelegatingWrapperItemProvider(dr4.getThermalNetwork(), dr4,
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE)));
        assertSame(dr4, view.design());
        Component hot = dr4.getComponents().stream().filter(c -> c.getThermalNode() != null && c.getJunctionTemperatureMaxC() != null)
                .findFirst().orElseThrow();
        AdapterFactoryEditingDomain domain = Workbench.editingDomain();
        Workbench.set(domain, hot, LightworkPackage.eINSTANCE.getComponent_PowerMw(), 200_000.0); // 200 W: far over any limit
        ThermalSolution s = Workbench.analyse(dr4).thermal();
        String node = hot.getThermalNode().getId();
        assertTrue(s.overLimit().contains(node), s.overLimit().toString());
        Workbench.waitUntil("thermal view follows the edit", () -> view.analysis().thermal().temperatureC().get(node).equals(s.temperatureC().get(node)));
        int row = view.table().rows().stream().map(NodeTemperature::nodeId).toList().indexOf(node);
        assertTrue(view.table().labelsAt(row, 5).contains(CellStyles.FAIL), view.table().labelsAt(row, 5).toString());
        assertEquals(CellStyles.FAIL_RGB, view.table().backgroundAt(row, 5).getRGB());
    }
}
