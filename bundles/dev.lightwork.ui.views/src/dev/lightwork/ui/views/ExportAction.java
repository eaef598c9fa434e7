package dev.lightwork.ui.views;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** A view toolbar action (the IDE export icon, its text as tooltip): ask for a file name, then write the export; failures are shown, never swallowed. */
final class ExportAction extends Action {

    interface Export {
        void to(Path file) throws IOException;
    }

    private final Shell shell;
    private final String extension;
    private final String defaultName;
    private final Export export;

    ExportAction(Shell shell, String text, String extension, String defaultName, Export export) {
        super(text);
        setToolTipText(text);
        // the IDE's export icon (File > Export): the toolbar shows icons, the tooltip says which export
        setImageDescriptor(org.eclipse.jface.resource.ResourceLocator
                .imageDescriptorFromBundle("org.eclipse.ui", "icons/full/etool16/export_wiz.png").orElse(null));
        this.shell = shell;
        this.extension = extension;
        this.defaultName = defaultName;
        this.export = export;
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(getText());
        dialog.setFilterExtensions(new String[] {"*." + extension, "*.*"});
        dialog.setFileName(defaultName + "." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (!file.getFileName().toString().contains(".")) {
            file = Path.of(chosen + "." + extension); // the user typed a bare name
        }
        try {
            export.to(file);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, getText(), "Could not write " + file + ":\n" + e.getMessage());
        }
    }
}
