package dev.lightwork.ui.commands;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;

/**
 * What Generate Review Report writes: HTML, PDF or both, into which workspace folder (beside the design by default;
 * a folder that does not exist yet is created). The format is remembered between runs.
 */
public final class ReviewReportDialog extends TitleAreaDialog {

    private static final String SETTINGS = "dev.lightwork.ui.reviewReport";
    private static final String FORMAT_KEY = "format";

    private final IFile design;
    private ReviewReports.Format format = ReviewReports.Format.HTML;
    private IContainer folder;
    private Button[] formatButtons;
    private Text folderText;

    public ReviewReportDialog(Shell parent, IFile design) {
        super(parent);
        this.design = design;
        String saved = settings().get(FORMAT_KEY);
        if (saved != null) {
            try {
                format = ReviewReports.Format.valueOf(saved);
            } catch (IllegalArgumentException ignored) { // a setting from another version: keep the default
            }
        }
    }

    private static IDialogSettings settings() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(org.osgi.framework.FrameworkUtil.getBundle(ReviewReportDialog.class)).getDialogSettings();
        IDialogSettings s = all.getSection(SETTINGS);
        return s != null ? s : all.addNewSection(SETTINGS);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Generate Review Report");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Review report of " + design.getName());
        setMessage("The report describes the saved file: verdict, diagrams, link budget, power, thermal, diagnostics and every input with its source.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group formats = new Group(c, SWT.NONE);
        formats.setText("Format");
        formats.setLayout(new GridLayout(1, false));
        formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        ReviewReports.Format[] values = ReviewReports.Format.values();
        formatButtons = new Button[values.length];
        for (int i = 0; i < values.length; i++) {
            ReviewReports.Format f = values[i];
            Button b = new Button(formats, SWT.RADIO);
            b.setText(f.label());
            b.setSelection(f == format);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    format = f;
                }
            });
            formatButtons[i] = b;
        }
        new Label(c, SWT.NONE).setText("Output &folder:");
        folderText = new Text(c, SWT.BORDER | SWT.SINGLE);
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folderText.setText(design.getParent().getFullPath().toString());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, e -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), design.getParent(), true, "The workspace folder to write the report into:");
            dialog.setTitle("Output Folder");
            if (dialog.open() == OK && dialog.getResult().length == 1) {
                folderText.setText(((IPath) dialog.getResult()[0]).toString());
            }
        });
        Label note = new Label(c, SWT.WRAP);
        note.setText("Files: " + ReviewReports.reportFileOf(design).getName() + " / .pdf (replaced when they exist).");
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        folderText.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Generate", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** A workspace path under an open project: an existing folder or project, or a folder to create. */
    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        folder = container(folderText.getText().trim());
        String error = folder == null ? "Enter a workspace folder such as " + design.getParent().getFullPath() + " (its project must exist and be open)" : null;
        setErrorMessage(error);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    static IContainer container(String text) {
        if (text.isEmpty()) {
            return null;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IPath path = org.eclipse.core.runtime.Path.fromPortableString(text).makeAbsolute();
        if (path.segmentCount() == 0 || !root.getProject(path.segment(0)).isOpen()) {
            return null;
        }
        if (path.segmentCount() == 1) {
            return root.getProject(path.segment(0));
        }
        IResource existing = root.findMember(path);
        if (existing != null) {
            return existing instanceof IContainer c ? c : null;
        }
        return root.getFolder(path);
    }

    @Override
    protected void okPressed() {
        settings().put(FORMAT_KEY, format.name());
        super.okPressed();
    }

    public ReviewReports.Format format() {
        return format;
    }

    public IContainer folder() {
        return folder;
    }

    public Button[] formatButtons() {
        return formatButtons;
    }

    public Text folderText() {
        return folderText;
    }
}
