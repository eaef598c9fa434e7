package dev.lightwork.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only URI handler of a design's resource set: it opens nothing. EMF would otherwise fetch an unknown namespace's
 * package, a {@code schemaLocation} or a cross-document reference ({@code laser="http://host/x#id"}) through it.
 */
final class NoURIHandler extends URIHandlerImpl {

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("reference to " + uri + " is not allowed (a design is self-contained)");
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException("writing to " + uri + " is not allowed (designs are saved atomically by DesignFiles)");
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }
}
