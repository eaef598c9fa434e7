package dev.lightwork.ui.views;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import dev.lightwork.analysis.design.DesignAnalysis;
import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;

/**
 * Base of the analysis views: follows the workbench selection (a model element, or a {@code *.lightwork} file in
 * the Project Explorer) to its design and lane, and the active design editor (at once when opened or shown), keeps the analysis current while the design is edited
 * ({@link LiveAnalysis}), redraws when the Lightwork preferences change, and shows a one-line summary on top.
 * A selection that is not about a design (e.g. the Problems view) leaves the view on its last design.
 */
public abstract class AnalysisView extends ViewPart implements ISelectionListener {

    private final IPropertyChangeListener preferenceListener = this::preferencesChanged;
    private final IResourceChangeListener fileListener = this::filesChanged;
    private LiveAnalysis live;
    private Label header;
    private Lane lane;
    /** The file the shown design was loaded from (a Project Explorer selection), else null. */
    private IFile file;

    @Override
    public final void createPartControl(Composite parent) {
        // the workbench hooks a part's selection provider only when the part is created, so it cannot wait for build
        ISelectionProvider provider = selectionProvider();
        if (provider != null) {
            getSite().setSelectionProvider(provider);
        }
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(root);
        header = new Label(root, SWT.WRAP);
        header.setText("Select a design element or a .lightwork file to analyse it.");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(header);
        Shell shell = root.getShell();
        if (shell.isVisible()) {
            build(root);
            return;
        }
        // Created while the workbench window is still being built (start-up): the table, charts and analysis
        // (NatTable, Eclipse Collections, Java2D fonts, the EMF model: about a fifth of the classes loaded before the
        // first window) come once the window shows, so it shows sooner; later openings build at once.
        shell.addListener(SWT.Show, new Listener() {
            @Override
            public void handleEvent(Event event) {
                shell.removeListener(SWT.Show, this);
                shell.getDisplay().asyncExec(() -> {
                    if (!root.isDisposed() && !built()) {
                        build(root);
                        root.layout(true, true);
                    }
                });
            }
        });
    }

    /** The content, the live analysis, the tool bar and the listeners under the summary line. */
    private void build(Composite root) {
        Control content = createContent(root);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        live = new LiveAnalysis(root.getDisplay(), result -> refresh(), this::failed);
        contributeToolbar(getViewSite().getActionBars().getToolBarManager());
        getViewSite().getActionBars().updateActionBars();
        ViewPreferences.store().addPropertyChangeListener(preferenceListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
        getSite().getPage().addSelectionListener(this);
        getSite().getPage().addPartListener(partListener);
        followWorkbench();
    }

    /** True once the content is built (see {@link #createPartControl}). */
    protected final boolean built() {
        return live != null;
    }

    /**
     * Shows what the workbench is about now: the current selection's design, else the active editor's (as
     * Properties and Outline do). Called when the view opens and whenever it becomes visible again, because a
     * hidden view does not hear selection changes.
     */
    private void followWorkbench() {
        if (header == null || header.isDisposed() || live == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        IWorkbenchPart active = page.getActivePart();
        ISelection selection = page.getSelection();
        if (active != this && selection != null && about(selection)) {
            selectionChanged(active, selection);
            return;
        }
        IEditorPart editor = page.getActiveEditor();
        TransceiverDesign design = editor == null ? null : Adapters.adapt(editor, TransceiverDesign.class);
        if (design != null && design != live.design()) {
            ISelection editorSelection = editor.getSite().getSelectionProvider() == null ? null
                    : editor.getSite().getSelectionProvider().getSelection();
            if (editorSelection != null && about(editorSelection)) {
                selectionChanged(editor, editorSelection);
            } else {
                show(new SelectedDesign(design, null, null));
            }
        }
    }

    private static boolean about(ISelection selection) {
        try {
            return SelectedDesign.of(selection, DesignFileCache.shared()).isPresent();
        } catch (IOException e) {
            return true; // selectionChanged says why it cannot be loaded
        }
    }

    /** Follows the active editor when it changes, and catches up when this view is brought to the front. */
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            IWorkbenchPart part = ref.getPart(false);
            if (part instanceof IEditorPart editor) {
                TransceiverDesign design = Adapters.adapt(editor, TransceiverDesign.class);
                if (design != null && design != live.design()) {
                    show(new SelectedDesign(design, null, null));
                }
            }
        }

        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == AnalysisView.this) {
                followWorkbench();
            }
        }
    };

    /** The selection this view publishes to the workbench, or null; registered when the part is created. */
    protected ISelectionProvider selectionProvider() {
        return null;
    }

    /** The view's own widgets, below the summary line. */
    protected abstract Control createContent(Composite parent);

    protected abstract void contributeToolbar(IToolBarManager toolbar);

    /** Shows a fresh analysis; {@code selectedLane} is null when the selection names no lane. */
    protected abstract void render(DesignAnalysis analysis, Lane selectedLane);

    /** The summary line for an analysis. */
    protected abstract String summary(DesignAnalysis analysis);

    /** Clears the widgets when there is nothing to show. */
    protected abstract void clear();

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || header == null || header.isDisposed() || live == null) {
            return; // our own lane selection needs no re-analysis
        }
        try {
            SelectedDesign.of(selection, DesignFileCache.shared()).ifPresent(this::show);
        } catch (IOException e) {
            header.setText("Cannot load the design: " + e.getMessage());
            header.getParent().layout();
        }
    }

    /** Shows a design and lane (what a selection resolves to). */
    public void show(SelectedDesign selected) {
        if (!built()) {
            build(header.getParent()); // asked before the window showed: build now
        }
        lane = selected.lane();
        file = selected.file();
        if (selected.design() == live.design()) {
            refresh();
        } else {
            inputChanged(selected.design());
            live.follow(selected.design());
        }
    }

    /** Another design is about to be shown: views drop state that belonged to the previous one (status, runs). */
    protected void inputChanged(TransceiverDesign next) {
    }

    /** Preferences may be set from any thread; the widgets are redrawn on the UI thread. */
    private void preferencesChanged(PropertyChangeEvent event) {
        if (header == null || header.isDisposed() || live == null) {
            return;
        }
        Display display = header.getDisplay();
        if (Display.getCurrent() == display) {
            refresh();
        } else {
            display.asyncExec(this::refresh);
        }
    }

    /** A shown design file changed on disk (saved, replaced by version control): reload it; deleted: say so. */
    private void filesChanged(IResourceChangeEvent event) {
        IFile shown = file;
        IResourceDelta delta = shown == null || event.getDelta() == null ? null : event.getDelta().findMember(shown.getFullPath());
        if (delta == null || (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0)) {
            return;
        }
        header.getDisplay().asyncExec(() -> {
            if (header.isDisposed() || file != shown) {
                return;
            }
            if (!shown.exists()) {
                file = null;
                live.follow(null);
                header.setText(shown.getFullPath() + " was deleted.");
                return;
            }
            try {
                show(new SelectedDesign(DesignFileCache.shared().load(shown), null, shown));
            } catch (IOException e) {
                header.setText("Cannot load the design: " + e.getMessage());
                header.getParent().layout();
            }
        });
    }

    /** Redraws from the current analysis (after a re-analysis, a lane change or a preference change). */
    protected final void refresh() {
        if (header == null || header.isDisposed() || live == null) {
            return;
        }
        DesignAnalysis analysis = live.current();
        if (analysis == null) {
            clear();
            return;
        }
        if (lane != null && lane.eContainer() != analysis.design()) {
            lane = null; // the lane was deleted by an edit
        }
        render(analysis, lane);
        header.setText(summary(analysis));
        header.getParent().layout(true, true);
    }

    private void failed(RuntimeException e) {
        ILog.of(getClass()).error("Analysis failed", e);
        if (!header.isDisposed()) {
            clear();
            header.setText("The analysis failed" + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (details in the error log).");
        }
    }

    public DesignAnalysis analysis() {
        return live == null ? null : live.current();
    }

    public TransceiverDesign design() {
        return live == null ? null : live.design();
    }

    /** The workspace file of the shown design when it was selected as a file, else null. */
    public IFile file() {
        return file;
    }

    public Lane lane() {
        return lane;
    }

    /** The view's root control (summary line and content). */
    public Control control() {
        return header.getParent();
    }

    public String summaryText() {
        return header.getText();
    }

    /** Sets the lane this view follows (used when the view's own table selects a lane). */
    protected void setLane(Lane next) {
        lane = next;
    }

    @Override
    public void setFocus() {
        header.getParent().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(this);
        getSite().getPage().removePartListener(partListener);
        ViewPreferences.store().removePropertyChangeListener(preferenceListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
        if (live != null) {
            live.dispose();
        }
        super.dispose();
    }
}
