package dev.lightwork.ui.views;

import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import dev.lightwork.model.Lane;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * What a workbench selection means for the analysis views: the design it belongs to and, when the element is a
 * lane or a part on a lane, that lane (a part shared by several lanes gives the first of them); {@code file} is the
 * {@code *.lightwork} file the design was loaded from when a file was selected (null for model elements).
 */
public record SelectedDesign(TransceiverDesign design, Lane lane, IFile file) {

    /**
     * The design of the selection's first element: a model element (or something adapting to one), or a
     * {@code *.lightwork} file, loaded through {@code files}. Empty when the selection is about something else.
     */
    public static Optional<SelectedDesign> of(ISelection selection, DesignFileCache files) throws DesignLoadException {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return Optional.empty();
        }
        // EMF.Edit viewers may select wrappers (feature-map entries, delegating item providers) around the object
        Object first = AdapterFactoryEditingDomain.unwrap(structured.getFirstElement());
        EObject element = first instanceof EObject e ? e : Adapters.adapt(first, EObject.class);
        if (element != null) {
            return of(element);
        }
        IFile file = first instanceof IFile f ? f : Adapters.adapt(first, IFile.class);
        if (file != null && DesignFiles.EXTENSION.equals(file.getFileExtension())) {
            return Optional.of(new SelectedDesign(files.load(file), null, file));
        }
        return Optional.empty();
    }

    public static Optional<SelectedDesign> of(EObject element) {
        if (!(EcoreUtil.getRootContainer(element) instanceof TransceiverDesign design)) {
            return Optional.empty();
        }
        return Optional.of(new SelectedDesign(design, laneOf(design, element), null));
    }

    private static Lane laneOf(TransceiverDesign design, EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Lane lane) {
                return lane;
            }
        }
        for (Lane lane : design.getLanes()) {
            if (lane.eCrossReferences().contains(element)) {
                return lane;
            }
        }
        return null;
    }
}
