package dev.lightwork.ui.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.analysis.design.LaneGroup;
import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;
import dev.lightwork.analysis.validation.DesignRules;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.ui.testsupport.Screenshots;
import dev.lightwork.ui.views.LaneBudget;
import dev.lightwork.ui.views.LanePower;
import dev.lightwork.ui.views.LinkBudgetColumns;
import dev.lightwork.ui.views.LinkBudgetView;
import dev.lightwork.ui.views.PowerView;
import dev.lightwork.ui.views.table.AnalysisTable;

/**
 * Tables for 512 lanes (issue 16 item 8) on the CPO example: a click on a column header sorts by it, "failing / worst
 * only" keeps the lanes that matter, identical lanes share an expandable row with exactly the groups of the review
 * report ({@link LaneGroup}, the one decision), in Link Budget and Power.
 */
class LaneTablesTest {

    /** The CPO engine with one lane pushed below its margin and one slightly different (passing) lane. */
    private static TransceiverDesign cpo() {
        TransceiverDesign cpo = ReferenceDesigns.cpo51200G();
        cpo.getLanes().get(7).setTdecqDb(6.0);
        cpo.getLanes().get(300).setTdecqDb(2.3);
        return cpo;
    }

    @Test
    void linkBudgetTableSortsFiltersAndGroupsLikeTheReport() throws Exception {
        LinkBudgetView view = Workbench.show(LinkBudgetView.ID);
        TransceiverDesign cpo = cpo();
        Workbench.select(view, cpo);
        AnalysisTable<LaneBudget> table = view.table();
        NatTable nat = table.natTable();
        view.setGroupIdenticalLanes(false); // from every lane, as a user who turned grouping off
        assertEquals(512, table.bodyRowCount());
        DesignAnalysis a = Workbench.analyse(cpo);
        double required = DesignRules.requiredMarginDb(cpo);
        Lane failing = cpo.getLanes().get(7);
        assertFalse(a.linkBudget(failing).passes(required), "lane7 fails: " + a.linkBudget(failing).marginDb());

        try {
            // identical lanes: the report's groups, failing lanes alone
            view.setGroupIdenticalLanes(true);
            Map<String, LinkBudget> byId = new LinkedHashMap<>();
            a.linkBudgets().forEach((lane, b) -> byId.put(lane.getId(), b));
            List<LaneGroup<LinkBudget>> expected = LaneGroup.ofBudgets(byId, required);
            assertTrue(expected.size() >= 3 && expected.size() < 20, "a few groups: " + expected.size());
            assertEquals(expected.size(), table.bodyRowCount());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).ids(), table.shown().get(i).members().stream().map(r -> r.lane().getId()).toList());
            }
            int big = 0;
            for (int i = 0; i < expected.size(); i++) {
                if (expected.get(i).count() > expected.get(big).count()) {
                    big = i;
                }
            }
            assertEquals(0, big, "the first lanes form the big group");
            int members = expected.get(0).count();
            assertTrue(table.rowHeaderAt(0).startsWith("\u25b8 lane0 ... "), table.rowHeaderAt(0));
            assertTrue(table.rowHeaderAt(0).endsWith("(" + members + ")"), table.rowHeaderAt(0));

            // a click on the group's row header opens it; again closes it
            Workbench.spin();
            click(nat, 10, nat.getStartYOfRowPosition(1) + 5);
            assertEquals(expected.size() + members, table.bodyRowCount(), "the group's lanes listed under it");
            assertTrue(table.rowHeaderAt(0).startsWith("\u25be "), table.rowHeaderAt(0));
            assertEquals("    lane0", table.rowHeaderAt(1));
            click(nat, 10, nat.getStartYOfRowPosition(1) + 5);
            assertEquals(expected.size(), table.bodyRowCount());

            // a click on the Margin header sorts by margin (failing lane first), again the other way
            int margin = LinkBudgetColumns.of(false).stream().map(c -> c.name()).toList().indexOf(LinkBudgetColumns.MARGIN);
            int x = nat.getStartXOfColumnPosition(margin + 1) + 5; // + 1: the row header column
            click(nat, x, 5);
            assertEquals(margin, table.sortColumn());
            assertTrue(table.ascending());
            assertTrue(table.headerAt(margin).endsWith("\u25b2"), table.headerAt(margin));
            assertEquals("lane7", table.shown().get(0).row().lane().getId());
            for (int i = 1; i < table.bodyRowCount(); i++) {
                assertTrue(table.shown().get(i - 1).row().budget().marginDb() <= table.shown().get(i).row().budget().marginDb());
            }
            click(nat, x, 5);
            assertFalse(table.ascending());
            assertEquals("lane7", table.shown().get(table.bodyRowCount() - 1).row().lane().getId());

            // failing / worst only: the failing lane (here also the worst)
            view.setFailingOrWorstOnly(true);
            assertEquals(1, table.bodyRowCount());
            assertEquals("lane7", table.shown().get(0).row().lane().getId());
            view.setFailingOrWorstOnly(false);
            click(nat, x, 5);
            table.toggle(table.shown().stream().map(e -> e.group()).toList().indexOf(true));
            IWorkbenchPage page = Workbench.page();
            page.setPartState(page.findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            Workbench.spin();
            Screenshots.capture(view.getSite().getShell(), "link-budget-cpo-grouped-sorted");
            page.setPartState(page.findViewReference(LinkBudgetView.ID), IWorkbenchPage.STATE_RESTORED);
            Workbench.spin();
        } finally {
            view.setFailingOrWorstOnly(false);
            view.setGroupIdenticalLanes(false);
            view.table().sortBy(-1, true);
        }
        assertEquals(512, table.bodyRowCount(), "back to every lane in lane order");
        assertEquals("lane0", table.rowHeaderAt(0));
    }

    /**
     * Regression (README known gap): lane grouping was off by default and forgotten, so the 512-lane CPO opened as 512 rows
     * every time. It is now on by default in Link Budget and Power, and the toolbar choice is remembered (dialog settings)
     * when the view is closed and opened again.
     */
    @Test
    void laneGroupingWasOffByDefaultAndForgotten() throws Exception {
        IWorkbenchPage page = Workbench.page();
        TransceiverDesign cpo = cpo();
        for (String id : List.of(LinkBudgetView.ID, PowerView.ID)) {
            org.eclipse.ui.IViewReference open = page.findViewReference(id);
            if (open != null) {
                page.hideView(open); // a fresh view reads the remembered choice
            }
        }
        Workbench.spin();
        LinkBudgetView link = Workbench.show(LinkBudgetView.ID);
        Workbench.select(link, cpo);
        try {
            assertTrue(link.groupsIdenticalLanes(), "grouped by default");
            assertTrue(link.groupAction().isChecked(), "the toolbar check box says so");
            assertTrue(link.table().bodyRowCount() < 20, "a few group rows, not 512: " + link.table().bodyRowCount());
            PowerView power = Workbench.show(PowerView.ID);
            Workbench.select(power, cpo);
            assertTrue(power.laneTable().grouped() && power.groupAction().isChecked(), "Power groups by default too");
            assertTrue(power.laneTable().bodyRowCount() < 20, "power rows: " + power.laneTable().bodyRowCount());
            link = Workbench.show(LinkBudgetView.ID);
            Workbench.spin();
            Screenshots.capture(link.getSite().getShell(), "link-budget-cpo-grouped-by-default");

            // the user turns it off in Link Budget: remembered for the next view, Power keeps its own choice
            link.groupAction().setChecked(false);
            link.groupAction().run();
            assertEquals(512, link.table().bodyRowCount());
            page.hideView(link);
            page.hideView(power);
            Workbench.spin();
            link = Workbench.show(LinkBudgetView.ID);
            Workbench.select(link, cpo);
            assertFalse(link.groupsIdenticalLanes(), "the user's choice is remembered");
            assertFalse(link.groupAction().isChecked());
            assertEquals(512, link.table().bodyRowCount());
            power = Workbench.show(PowerView.ID);
            assertTrue(power.laneTable().grouped(), "each view remembers its own choice");
        } finally {
            link.groupAction().setChecked(true);
            link.groupAction().run(); // back to the default for the other tests
        }
        assertTrue(link.groupsIdenticalLanes());
    }

    @Test
    void powerTableGroupsIdenticalLanesAndShowsTheHighest() throws Exception {
        PowerView view = Workbench.show(PowerView.ID);
        TransceiverDesign cpo = cpo();
        Workbench.select(view, cpo);
        AnalysisTable<LanePower> table = view.laneTable();
        table.setGrouped(false);
        assertEquals(512, table.bodyRowCount());
        DesignAnalysis a = Workbench.analyse(cpo);
        try {
            table.setGrouped(true);
            List<LaneGroup<Double>> expected = LaneGroup.ofLanePowers(a.power().laneW());
            assertEquals(expected.size(), table.bodyRowCount());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).ids(), table.shown().get(i).members().stream().map(LanePower::laneId).toList());
            }
            view.setHighestOnly(true);
            double max = a.power().laneW().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            long highest = a.power().laneW().values().stream().filter(w -> QuantityFormat.watts(w).equals(QuantityFormat.watts(max))).count();
            int shownLanes = table.shown().stream().mapToInt(e -> e.members().size()).sum();
            assertEquals(highest, shownLanes);
            table.sortBy(0, false);
            IWorkbenchPage page = Workbench.page();
            page.setPartState(page.findViewReference(PowerView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            Workbench.spin();
            Screenshots.capture(view.getSite().getShell(), "power-cpo-lanes-grouped");
            page.setPartState(page.findViewReference(PowerView.ID), IWorkbenchPage.STATE_RESTORED);
            Workbench.spin();
        } finally {
            view.setHighestOnly(false);
            table.setGrouped(false);
            table.sortBy(-1, true);
        }
        assertEquals(512, table.bodyRowCount());
    }

    private static void click(NatTable nat, int x, int y) {
        Event down = new Event();
        down.button = 1;
        down.x = x;
        down.y = y;
        nat.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = x;
        up.y = y;
        nat.notifyListeners(SWT.MouseUp, up);
        Workbench.spin();
    }
}
