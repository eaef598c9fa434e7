package dev.lightwork.ui.examples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;

/** A design as the bytes of its {@code .lightwork} file (same save options as DesignFiles), for new workspace files. */
final class DesignBytes {

    private DesignBytes() {
    }

    static byte[] of(TransceiverDesign design) throws IOException {
        Resource resource = DesignFiles.newResourceSet().createResource(URI.createURI("new." + DesignFiles.EXTENSION));
        resource.getContents().add(design);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, DesignFiles.saveOptions());
        return out.toByteArray();
    }
}
