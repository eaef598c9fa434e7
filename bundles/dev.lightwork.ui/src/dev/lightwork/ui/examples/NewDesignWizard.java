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

import dev.lightwork.analysis.design.DesignSkeleton;
import dev.lightwork.analysis.design.SharedAnalysis;
import dev.lightwork.library.PmdSpec;
import dev.lightwork.library.ReferenceDesigns;
import dev.lightwork.model.FecScheme;
import dev.lightwork.model.util.ModelLabels;
import dev.lightwork.model.FormFactor;
import dev.lightwork.model.LightworkFactory;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/**
 * File > New > Lightwork design: a new design from four choices (form factor, optical PMD, host lanes x rate, FEC),
 * built by the analysis's {@link DesignSkeleton} so it validates without errors, or a copy of one of the five reference
 * designs. The folder comes from the selection, else from the active editor's file.
 */
public final class NewDesignWizard extends Wizard implements INewWizard {

    public static final String ID = "dev.lightwork.ui.newDesign";
    /** Template labels in the wizard's list; index 0 is a new design built from the choices below it. */
    public static final List<String> TEMPLATE_LABELS = List.of("New design for a PMD", "400G-DR4 QSFP-DD", "800G-DR8 OSFP", "800G-LPO OSFP (linear drive)",
            "1.6T-DR8 OSFP", "51.2T co-packaged optics engine");

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private DesignFilePage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = folderSelection(workbench, selection);
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
     * The selection the folder is pre-filled from: a selected resource (its folder), else the file of the active editor
     * (a design element selected in an editor is no resource), else the first open project.
     */
    static IStructuredSelection folderSelection(IWorkbench workbench, IStructuredSelection selection) {
        if (selection != null) {
            for (Object o : selection.toList()) {
                if (org.eclipse.core.runtime.Adapters.adapt(o, org.eclipse.core.resources.IResource.class) != null) {
                    return selection;
                }
            }
        }
        IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getActivePage();
        if (active != null && active.getActiveEditor() != null) {
            IFile file = active.getActiveEditor().getEditorInput().getAdapter(IFile.class);
            if (file != null) {
                return new org.eclipse.jface.viewers.StructuredSelection(file);
            }
        }
        for (org.eclipse.core.resources.IProject p : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen()) {
                return new org.eclipse.jface.viewers.StructuredSelection(p);
            }
        }
        return selection == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : selection;
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

    /** The file page with the choice of template and, for a new design, its form factor, PMD, host lanes and FEC. */
    static final class DesignFilePage extends WizardNewFileCreationPage {
        private final DesignSkeleton skeleton = new DesignSkeleton(SharedAnalysis.analyzer());
        private final List<PmdSpec> pmds = SharedAnalysis.analyzer().library().pmds();
        private List<FormFactor> formFactors = List.of();
        private List<DesignSkeleton.HostLanes> hosts = List.of();
        private List<FecScheme> fecs = List.of();
        private Combo template;
        private Combo pmd;
        private Combo formFactor;
        private Combo host;
        private Combo fec;
        private Label note;

        DesignFilePage(IStructuredSelection selection) {
            super("designFile", selection);
            setTitle("Lightwork design");
            setDescription("Create a design file: a new design for an optical PMD, or a copy of a reference design.");
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
            pmd = combo(row, "Optical PMD:");
            for (PmdSpec p : pmds) {
                pmd.add(pmdLabel(p));
            }
            formFactor = combo(row, "Form factor:");
            host = combo(row, "Host lanes x rate:");
            fec = combo(row, "FEC:");
            new Label(row, SWT.NONE);
            note = new Label(row, SWT.WRAP);
            GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false);
            noteData.widthHint = 500;
            noteData.heightHint = convertHeightInCharsToPixels(4);
            note.setLayoutData(noteData);
            int first = pmds.indexOf(skeleton.pmds().isEmpty() ? null : skeleton.pmds().get(0));
            pmd.select(Math.max(first, 0));
            fillForPmd();
            template.addListener(SWT.Selection, e -> changed());
            pmd.addListener(SWT.Selection, e -> {
                fillForPmd();
                changed();
            });
            for (Combo c : List.of(formFactor, host, fec)) {
                c.addListener(SWT.Selection, e -> changed());
            }
            super.createAdvancedControls(parent);
            changed();
        }

        private static Combo combo(Composite row, String label) {
            new Label(row, SWT.NONE).setText(label);
            Combo c = new Combo(row, SWT.READ_ONLY);
            c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return c;
        }

        /** "400GBASE-DR4: 4 lanes, 500 m SMF (IEEE 802.3 cl.124)". */
        private static String pmdLabel(PmdSpec p) {
            return String.format(java.util.Locale.ROOT, "%s: %d lanes, %s m %s (IEEE 802.3 cl.%s)", p.id(), p.lanes(),
                    p.value("reach_m").isPresent() ? String.valueOf((int) p.value("reach_m").getAsDouble()) : "?", p.fibre(), p.clause());
        }

        private void fillForPmd() {
            PmdSpec p = selectedPmd();
            boolean available = p != null && skeleton.unavailable(p).isEmpty();
            formFactors = available ? skeleton.formFactors(p) : List.of();
            hosts = available ? skeleton.hostLanes(p) : List.of();
            fecs = available ? skeleton.fecs(p) : List.of();
            formFactor.setItems(formFactors.stream().map(ModelLabels::literal).toArray(String[]::new));
            host.setItems(hosts.stream().map(DesignSkeleton.HostLanes::label).toArray(String[]::new));
            fec.setItems(fecs.stream().map(ModelLabels::literal).toArray(String[]::new));
            for (Combo c : List.of(formFactor, host, fec)) {
                if (c.getItemCount() > 0) {
                    c.select(0);
                }
            }
        }

        private PmdSpec selectedPmd() {
            return pmd == null || pmd.getSelectionIndex() < 0 ? null : pmds.get(pmd.getSelectionIndex());
        }

        private boolean blank() {
            return template == null || template.getSelectionIndex() <= 0;
        }

        /** The wizard's four answers, or null while one is missing. */
        DesignSkeleton.Choice choice() {
            PmdSpec p = selectedPmd();
            if (p == null || formFactor.getSelectionIndex() < 0 || host.getSelectionIndex() < 0 || fec.getSelectionIndex() < 0) {
                return null;
            }
            return new DesignSkeleton.Choice(formFactors.get(formFactor.getSelectionIndex()), p.id(), hosts.get(host.getSelectionIndex()),
                    fecs.get(fec.getSelectionIndex()));
        }

        private void changed() {
            boolean blank = blank();
            for (Combo c : List.of(pmd, formFactor, host, fec)) {
                c.setEnabled(blank);
            }
            setPageComplete(validatePage());
        }

        /** Why the new design cannot be made as chosen (shown as the page's error), or null. */
        private String skeletonProblem() {
            if (template == null || !blank()) {
                return null;
            }
            PmdSpec p = selectedPmd();
            if (p == null) {
                return "Choose an optical PMD.";
            }
            java.util.Optional<String> unavailable = skeleton.unavailable(p);
            if (unavailable.isPresent()) {
                return unavailable.get();
            }
            DesignSkeleton.Choice c = choice();
            return c == null ? "Choose form factor, host lanes and FEC." : skeleton.problem(c).orElse(null);
        }

        @Override
        protected boolean validatePage() {
            if (!super.validatePage()) {
                return false;
            }
            String problem = skeletonProblem();
            if (note != null) {
                note.setText(!blank() ? "A copy of the reference design." : problem != null ? problem
                        : "Lanes of typical catalogue parts, the channel at the PMD's maximum reach, a thermal network with assumed "
                                + "resistances, the lowest MSA power class that holds the module.");
                note.getParent().layout(true);
            }
            if (problem != null) {
                // the banner has room for a line: the reason's first part there, all of it below the choices
                int cut = problem.indexOf(" (");
                setErrorMessage(cut > 0 && note != null ? problem.substring(0, cut) + " (details below)." : problem);
                return false;
            }
            return true;
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                String name = getFileName();
                String base = name.endsWith("." + DesignFiles.EXTENSION) ? name.substring(0, name.length() - DesignFiles.EXTENSION.length() - 1) : name;
                TransceiverDesign design = blank() && choice() != null ? skeleton.build(base, base, choice())
                        : design(template == null ? 0 : template.getSelectionIndex(), name);
                return new ByteArrayInputStream(DesignBytes.of(design));
            } catch (IOException e) {
                setErrorMessage("Could not create the design: " + e.getMessage());
                return null;
            }
        }
    }
}
