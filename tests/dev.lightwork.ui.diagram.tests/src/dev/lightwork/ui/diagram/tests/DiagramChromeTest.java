package dev.lightwork.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lightwork.diagram.DiagramKind;
import dev.lightwork.diagram.layout.TextLine;
import dev.lightwork.diagram.paint.DiagramPainter;
import dev.lightwork.diagram.paint.SceneRenderer;
import dev.lightwork.diagram.scene.DiagramFont;
import dev.lightwork.diagram.scene.Point;
import dev.lightwork.diagram.scene.Rect;
import dev.lightwork.diagram.scene.Rgb;
import dev.lightwork.diagram.scene.SceneNode;
import dev.lightwork.diagram.transceiver.LaneRow;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.Component;
import dev.lightwork.model.Lane;
import dev.lightwork.model.Laser;
import dev.lightwork.model.ThermalNode;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.ui.diagram.DiagramEditor;
import dev.lightwork.ui.diagram.DiagramOutlinePage;
import dev.lightwork.ui.diagram.DiagramViewer;
import dev.lightwork.ui.diagram.SceneCanvas;
import dev.lightwork.ui.diagram.SwtPainter;
import dev.lightwork.ui.diagram.Tool;
import dev.lightwork.ui.editor.DesignEditor;

/**
 * The chrome a GEF/Sirius user expects on a diagram page, driven with real widgets: fit on open, zoom combo, context
 * menu, lane chooser, Outline thumbnail and Outline selection that stays on the diagram page, text inside its boxes,
 * legible summaries at the zoom that shows the 32-row CPO diagram, creation at the drop point and replacement that
 * keeps the thermal node.
 */
class DiagramChromeTest {

    @TempDir
    Path dir;

    /**
     * Regression (README known gap): the standalone Diagram Editor's palette made the first catalogue part of a kind, while
     * the design editor's pages asked the catalogue picker (which lived in the workbench bundle above). The picker now
     * lives in this bundle and every diagram viewer asks it: here a DML laser is chosen, not the catalogue's first laser.
     */
    @Test
    void standaloneDiagramEditorPaletteTookTheFirstCataloguePart() throws Exception {
        Path file = dir.resolve("dr4-palette.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            DiagramViewer viewer = editor.viewer();
            TransceiverDesign design = editor.design();
            List<Component> before = new ArrayList<>(design.getComponents());
            String first = dev.lightwork.analysis.design.SharedAnalysis.analyzer().library().parts(dev.lightwork.library.PartKind.LASER).get(0).id();
            Ui.choose(viewer.paletteItem(Tool.LASER));
            String[] picked = Ui.answerPicker("DML", "diagram-editor-palette-picker");
            Ui.click(viewer.canvas(), new Point(viewer.scene().width() - 40, viewer.scene().height() - 10));
            assertNotNull(picked[0], "the create tool opened the catalogue picker");
            assertTrue(picked[0].startsWith("LAS-DML"), picked[0]);
            assertFalse(picked[0].equals(first), "not simply the catalogue's first laser (" + first + ")");
            Component created = design.getComponents().stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
            assertEquals(picked[0], created.getCatalogPart());
            Ui.capture(editor.getSite().getShell(), "diagram-editor-palette-dml-placed");
            editor.getEditingDomain().getCommandStack().undo();
            assertEquals(before, design.getComponents(), "one undo");
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void opensFittedWithZoomComboContextMenuAndOutlineThumbnail() throws Exception {
        Path file = dir.resolve("cpo.lightwork");
        DesignFiles.save(ReferenceDesigns.cpo51200G(), file);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart outlineView = page.showView(IPageLayout.ID_OUTLINE);
        DiagramEditor editor = Ui.open(file);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Ui.settle(300);
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            Rectangle area = canvas.control().getClientArea();
            assertTrue(canvas.fitted(), "a diagram opens fitted to the page");
            assertTrue(viewer.scene().width() * canvas.zoom() <= area.width + 1 && viewer.scene().height() * canvas.zoom() <= area.height + 1,
                    "the whole 512-lane diagram is in view at zoom " + canvas.zoom());
            assertEquals(Math.round(canvas.zoom() * 100) + "%", viewer.zoomCombo().getText(), "the zoom combo shows the zoom in force");

            // legible at this zoom: every one of the 32 lane rows says which lanes and their (worst) margin
            List<String> summaries = summaries(canvas);
            List<SceneNode> rows = viewer.scene().nodes().stream().filter(n -> n.element() instanceof LaneRow).toList();
            assertEquals(32, rows.size(), "the CPO engine is drawn as 32 rows");
            for (SceneNode row : rows) {
                assertTrue(summaries.contains(row.summary()), "row summary shown in full: " + row.summary() + " in " + summaries);
                assertTrue(row.summary().matches("Lanes \\d+-\\d+ \\(16x\\) · min .*\\d dB"), "which lanes and their worst margin: " + row.summary());
                assertTrue(canvas.pixels(row.bounds()).height >= 12, "a row is tall enough for its 9 px summary line: " + canvas.pixels(row.bounds()));
            }
            Ui.capture(editor.getSite().getShell(), "diagram-chrome-cpo-fit-32-rows-summarised");
            page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
            Ui.settle(300);
            Ui.capture(editor.getSite().getShell(), "diagram-chrome-cpo-fit-with-outline-thumbnail");

            // the Outline shows the diagram's thumbnail, framing what the page shows
            assertInstanceOf(DiagramOutlinePage.class, ((PageBookView) outlineView).getCurrentPage());
            DiagramOutlinePage outline = (DiagramOutlinePage) ((PageBookView) outlineView).getCurrentPage();
            assertSame(canvas, outline.thumbnail().source());

            // zoom combo: a listed percentage, a typed one, then Fit
            select(viewer.zoomCombo(), "100%");
            assertEquals(1.0, canvas.zoom(), 1e-9);
            assertFalse(canvas.fitted());
            viewer.zoomCombo().setText("250");
            viewer.zoomCombo().notifyListeners(SWT.DefaultSelection, new Event());
            Ui.spin();
            assertEquals(2.5, canvas.zoom(), 1e-9);
            assertEquals("250%", viewer.zoomCombo().getText());
            Rect shown = outline.thumbnail().framed();
            assertTrue(shown.width() < viewer.scene().width() / 2, "the thumbnail frames the zoomed-in part: " + shown);
            Ui.capture(editor.getSite().getShell(), "diagram-chrome-cpo-250pct-thumbnail-frame");
            select(viewer.zoomCombo(), "Fit");
            assertTrue(canvas.fitted());

            // context menu: right-click a lane row selects it; the menu has what GEF/Sirius editors offer
            SceneNode row = rows.get(3);
            var at = canvas.toPixel(new Point(row.bounds().x() + 4, row.bounds().y() + 3));
            Ui.mouse(canvas.control(), SWT.MouseDown, at.x, at.y, 3, 0);
            Ui.spin();
            assertEquals(List.of(row.target()), viewer.getSelection().toList(), "right-click selects what is under the pointer");
            MenuManager menu = new MenuManager();
            viewer.fillContextMenu(menu);
            List<String> labels = labels(menu);
            assertEquals(List.of("Delete", "Show Properties", "Fit", "Arrange All", "Export Image..."), labels);
            run(menu, "Show Properties");
            Ui.spin();
            assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "Properties is open");
            assertTrue(canvas.control().getMenu() != null, "the canvas has the context menu");
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void textFitsItsBoxesAtEveryZoomWithSwtFonts() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            for (DiagramKind kind : DiagramKind.values()) {
                editor.showKind(kind);
                Ui.spin();
                SceneCanvas canvas = editor.viewer().canvas();
                SwtPainter painter = canvas.painter();
                GC gc = new GC(canvas.control());
                try {
                    for (double zoom : new double[] {0.75, 1.0, 1.5, 2.0}) {
                        painter.begin(gc, zoom, 0, 0, new Rectangle(0, 0, 10_000, 10_000));
                        for (SceneNode n : editor.viewer().scene().nodes()) {
                            int box = painter.pixels(n.bounds()).width;
                            for (TextLine line : TextLine.of(n)) {
                                int drawn = painter.drawnWidth(line.text(), line.font());
                                assertTrue(drawn <= box - 2, kind + " at " + zoom + ": '" + line.text() + "' is " + drawn + " px in a " + box + " px box");
                            }
                        }
                    }
                } finally {
                    gc.dispose();
                }
                canvas.zoomAt(1.5, 0, 0);
                Ui.spin();
                Ui.capture(editor.getSite().getShell(), "diagram-text-fits-" + kind.cliName() + "-150pct");
            }
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void paletteCreatesAtTheDropPointAndReplacementKeepsTheThermalNode() throws Exception {
        Path file = dir.resolve("dr4.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        DiagramEditor editor = Ui.open(file);
        try {
            DiagramViewer viewer = editor.viewer();
            SceneCanvas canvas = viewer.canvas();
            TransceiverDesign design = editor.design();
            CommandStack stack = editor.getEditingDomain().getCommandStack();
            List<Component> before = new ArrayList<>(design.getComponents());

            // on empty canvas: the new laser's box has its corner where the user clicked
            Point drop = new Point(viewer.scene().width() - 40, viewer.scene().height() - 10);
            Ui.choose(viewer.paletteItem(Tool.LASER));
            Ui.answerPicker(null, null);
            Ui.click(canvas, drop);
            Component created = design.getComponents().stream().filter(c -> !before.contains(c)).findFirst().orElseThrow();
            SceneNode node = viewer.scene().nodesFor(created).stream().filter(n -> n.target() == created).findFirst().orElseThrow();
            assertEquals(drop.x(), node.bounds().x(), 1 / canvas.zoom(), "placed at the drop point (to the pixel)");
            assertEquals(drop.y(), node.bounds().y(), 1 / canvas.zoom(), "placed at the drop point (to the pixel)");
            ThermalNode lasersNode = design.getLanes().get(0).getLaser().getThermalNode();
            assertSame(lasersNode, created.getThermalNode(), "a new laser sits where the lasers are");
            Ui.capture(editor.getSite().getShell(), "diagram-palette-laser-at-drop-point");
            stack.undo();
            Ui.spin();
            assertEquals(before, design.getComponents(), "one undo takes the creation and its placement");
            assertTrue(viewer.positions().of(DiagramKind.ARCHITECTURE).isEmpty());

            // on lane 1's laser: a new laser replaces it in lane 1 and sits on its thermal node
            Lane lane1 = design.getLanes().get(1);
            Laser old = lane1.getLaser();
            Laser lane0Laser = design.getLanes().get(0).getLaser();
            SceneNode oldNode = viewer.scene().nodesFor(old).stream().filter(n -> n.parent() != null && n.parent().target() == lane1).findFirst()
                    .orElseThrow();
            Ui.choose(viewer.paletteItem(Tool.LASER));
            Ui.answerPicker(null, null);
            Ui.click(canvas, Ui.centre(oldNode.bounds()));
            Laser replacement = lane1.getLaser();
            assertFalse(replacement == old, "lane 1 uses the new laser");
            assertSame(old.getThermalNode(), replacement.getThermalNode(), "the replacement inherits the thermal node");
            assertSame(lane0Laser, design.getLanes().get(0).getLaser(), "lane 0 untouched");
            stack.undo();
            Ui.spin();
            assertSame(old, lane1.getLaser(), "one undo restores the replaced laser");
            assertEquals(before, design.getComponents());
        } finally {
            Ui.close(editor);
        }
    }

    @Test
    void designEditorLanePageAndOutlineSelectionStayOnTheDiagram() throws Exception {
        Path file = dir.resolve("dr4-pages.lightwork");
        DesignFiles.save(ReferenceDesigns.dr4400G(), file);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart outlineView = page.showView(IPageLayout.ID_OUTLINE);
        DesignEditor editor = (DesignEditor) page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())), DesignEditor.ID);
        Ui.spin();
        try {
            DiagramViewer architecture = editor.pages().showDiagram(DiagramKind.ARCHITECTURE);
            Ui.settle(200);
            assertTrue(architecture.canvas().fitted(), "the page opens fitted");
            assertFalse(architecture.laneChooser().isVisible(), "no lane chooser on the architecture page");
            ContentOutlinePage outline = assertInstanceOf(ContentOutlinePage.class, ((PageBookView) outlineView).getCurrentPage());
            Lane lane2 = editor.design().getLanes().get(2);
            outline.setSelection(new StructuredSelection(lane2));
            Ui.spin();
            assertSame(architecture, editor.pages().activeDiagram(), "the diagram page stays");
            assertEquals(List.of(lane2), architecture.getSelection().toList(), "the Outline's element is selected on the diagram");
            Ui.capture(editor.getSite().getShell(), "design-editor-outline-selection-on-architecture");

            DiagramViewer link = editor.pages().showDiagram(DiagramKind.LINK);
            Ui.spin();
            assertTrue(link.laneChooser().isVisible(), "the link page has a lane chooser");
            Lane lane3 = editor.design().getLanes().get(3);
            outline.setSelection(new StructuredSelection(lane3));
            Ui.spin();
            assertSame(link, editor.pages().activeDiagram());
            assertEquals(lane3.getId(), link.lane(), "a lane chosen in the Outline is the lane the link page shows");
            assertTrue(link.laneChooser().getText().contains(lane3.getId()), link.laneChooser().getText());
            link.laneChooser().select(1);
            link.laneChooser().notifyListeners(SWT.Selection, new Event());
            Ui.spin();
            assertEquals(editor.design().getLanes().get(0).getId(), link.lane());
            Ui.capture(editor.getSite().getShell(), "design-editor-link-page-lane-chooser");
        } finally {
            page.closeEditor(editor, false);
            Ui.spin();
        }
    }

    /** The node summaries the canvas shows in full when painting its scene at its zoom. */
    private static List<String> summaries(SceneCanvas canvas) {
        List<String> out = new ArrayList<>();
        SwtPainter swt = canvas.painter();
        GC gc = new GC(canvas.control());
        try {
            Rectangle area = canvas.control().getClientArea();
            swt.begin(gc, canvas.zoom(), canvas.originX(), canvas.originY(), area);
            SceneRenderer.render(canvas.scene(), new DiagramPainter() {
                @Override
                public double width(String text, DiagramFont font) {
                    return swt.width(text, font);
                }

                @Override
                public double ascent(DiagramFont font) {
                    return swt.ascent(font);
                }

                @Override
                public double lineHeight(DiagramFont font) {
                    return swt.lineHeight(font);
                }

                @Override
                public void fillRect(Rect r, Rgb fill, double cornerRadius) {
                }

                @Override
                public void drawRect(Rect r, Rgb stroke, double width, boolean dashed, double cornerRadius) {
                }

                @Override
                public void polyline(List<Point> points, Rgb stroke, double width, boolean dashed, boolean arrow) {
                }

                @Override
                public void text(String text, double x, double baselineY, DiagramFont font, Rgb colour) {
                }

                @Override
                public void clip(Rect r) {
                }

                @Override
                public void resetClip() {
                }

                @Override
                public boolean legible(DiagramFont font) {
                    return swt.legible(font);
                }

                @Override
                public void summary(String text, Rect box, Rgb colour, Rgb fill) {
                    // what the canvas shows for it: the whole line, or a shortened one, or nothing
                    if (text.equals(swt.summaryShown(text, box))) {
                        out.add(text);
                    }
                }
            });
        } finally {
            gc.dispose();
        }
        return out;
    }

    private static void select(org.eclipse.swt.widgets.Combo combo, String item) {
        combo.select(List.of(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        Ui.spin();
    }

    private static List<String> labels(MenuManager menu) {
        List<String> out = new ArrayList<>();
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem a) {
                out.add(a.getAction().getText().replace("&", "").replaceAll("\t.*", ""));
            }
        }
        return out;
    }

    private static void run(MenuManager menu, String label) {
        for (IContributionItem item : menu.getItems()) {
            if (item instanceof ActionContributionItem a && a.getAction().getText().replace("&", "").startsWith(label)) {
                a.getAction().run();
                return;
            }
        }
        throw new AssertionError("no menu item " + label);
    }
}
