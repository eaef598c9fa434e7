package dev.lightwork.ui.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/** File > New > Lightwork design: a blank design or a copy of one of the five reference designs. */
public final class NewDesignWizard extends Wizard implements INewWizard {

    public static final String ID = "dev.lightwork.ui.newDesign";
    /** Template labels in the wizard's list; index 0 is the blank design. */
    public static final List<String> TEMPLATE_LABELS = List.of("Blank design", "400G-DR4 QSFP-DD", "800G-DR8 OSFP", "800G-LPO OSFP (linear drive)",
            "1.6T-DR8 OSFP", "51.2T co-packaged optics engine");

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private DesignFilePage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
        setWindowTitle("New Lightwork Design");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new DesignFilePage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(active, file, true);
        } catch (PartInitException e) {
            page.setErrorMessage("Created " + file.getFullPath() + " but could not open it: " + e.getMessage());
            return false;
        }
        return true;
    }

    /**
     * The design for {@code templateIndex} (0 blank, 1.. the reference designs in ReferenceDesigns order), with
     * id and name taken from the file name.
     */
    public static TransceiverDesign design(int templateIndex, String fileName) {
        String base = fileName.endsWith("." + DesignFiles.EXTENSION) ? fileName.substring(0, fileName.length() - DesignFiles.EXTENSION.length() - 1) : fileName;
        TransceiverDesign design;
        if (templateIndex <= 0) {
            design = LightworkFactory.eINSTANCE.createTransceiverDesign();
            design.setFormFactor(FormFactor.QSFP_DD);
            design.setHostInterface(LightworkFactory.eINSTANCE.createHostInterface());
            design.setThermalNetwork(LightworkFactory.eINSTANCE.createThermalNetwork());
        } else {
            List<Supplier<TransceiverDesign>> templates = new ArrayList<>(ReferenceDesigns.TEMPLATES.values());
            design = templates.get(templateIndex - 1).get();
        }
        design.setId(base);
        if (templateIndex <= 0) {
            design.setName(base);
        }
        return design;
    }

    private static final class DesignFilePage extends WizardNewFileCreationPage {
        private Combo template;

        DesignFilePage(IStructuredSelection selection) {
            super("designFile", selection);
            setTitle("Lightwork design");
            setDescription("Create a design file, blank or from a reference design.");
            setFileExtension(DesignFiles.EXTENSION);
            setFileName("design." + DesignFiles.EXTENSION);
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite row = new Composite(parent, SWT.NONE);
            row.setLayout(new GridLayout(2, false));
            row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(row, SWT.NONE).setText("Start from:");
            template = new Combo(row, SWT.READ_ONLY);
            template.setItems(TEMPLATE_LABELS.toArray(String[]::new));
            template.select(0);
            template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            super.createAdvancedControls(parent);
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                return new ByteArrayInputStream(DesignBytes.of(design(template == null ? 0 : template.getSelectionIndex(), getFileName())));
            } catch (IOException e) {
                setErrorMessage("Could not create the design: " + e.getMessage());
                return null;
            }
        }
    }
}
