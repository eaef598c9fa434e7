package dev.lightwork.ui.views;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.solver.ParetoPoint;
import dev.lightwork.solver.PointVariant;

/**
 * Turns a point of a Pareto front into a design file next to the study's design, named by what changed
 * ({@link PointVariant#fileStem}, the naming {@code lightwork explore --designs} uses too); {@code ...-2}, {@code -3}, ...
 * when the name is taken. The design inside is renamed to say the same in words ({@link PointVariant#designName}). The
 * name is reserved by creating the file exclusively, so an existing file is never overwritten.
 */
public final class ParetoDesignFiles {

    private ParetoDesignFiles() {
    }

    /** The workspace file a design was loaded from (editor or Project Explorer), or null (a design built in memory). */
    public static IFile sourceOf(TransceiverDesign design) {
        Resource resource = design.eResource();
        URI uri = resource == null ? null : resource.getURI();
        if (uri == null) {
            return null;
        }
        if (uri.isPlatformResource()) {
            return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
        }
        if (uri.isFile()) {
            return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(new org.eclipse.core.runtime.Path(uri.toFileString()));
        }
        return null;
    }

    /** Writes the point's design beside {@code source} under a free name and returns the (refreshed) workspace file. */
    public static IFile save(ParetoPoint point, PointVariant variant, IFile source, String study) throws IOException, CoreException {
        IContainer folder = source.getParent();
        Path dir = folder.getLocation().toFile().toPath();
        Path target = reserve(dir, variant.fileStem(stem(source.getName()), study, point.index()));
        TransceiverDesign copy = EcoreUtil.copy(point.design()); // the point keeps its own design untouched
        copy.setName(variant.designName(copy.getName(), study, point.index()));
        try {
            DesignFiles.save(copy, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target); // no empty file left behind under the reserved name
            throw e;
        }
        IFile file = folder.getFile(new org.eclipse.core.runtime.Path(target.getFileName().toString()));
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        return file;
    }

    private static Path reserve(Path dir, String base) throws IOException {
        for (int n = 1;; n++) {
            Path candidate = dir.resolve(base + (n == 1 ? "" : "-" + n) + "." + DesignFiles.EXTENSION);
            try {
                Files.createFile(candidate);
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                // try the next suffix
            }
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
