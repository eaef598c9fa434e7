package dev.lightwork.ui.views.table;

import java.util.Collection;

import org.eclipse.collections.api.factory.Sets;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Makes Eclipse Collections work under OSGi before NatTable first uses it. Its API bundle finds the implementation
 * of each static factory ({@code Sets.mutable}, {@code IntLists.immutable}, ...) with the ServiceLoader or by class
 * name through the thread's context class loader, and neither sees the implementation bundle (NatTable imports only
 * the API); a factory that fails once stays broken ("Could not find any implementations of MutableSetFactory").
 * So we initialise every factory class once, with this bundle's class loader (which requires the implementation
 * bundle) as the context class loader. Without an OSGi framework (plain JVM) the ServiceLoader works by itself.
 */
public final class EclipseCollections {

    private static boolean initialised;

    private EclipseCollections() {
    }

    public static synchronized void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        Bundle api = FrameworkUtil.getBundle(Sets.class);
        BundleWiring wiring = api == null ? null : api.adapt(BundleWiring.class);
        if (wiring == null) {
            return;
        }
        Collection<String> classes = wiring.listResources("org/eclipse/collections/api/factory", "*.class",
                BundleWiring.LISTRESOURCES_RECURSE | BundleWiring.LISTRESOURCES_LOCAL);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EclipseCollections.class.getClassLoader());
        try {
            for (String resource : classes) {
                if (resource.contains("$")) {
                    continue;
                }
                String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                try {
                    Class<?> type = Class.forName(name, false, Sets.class.getClassLoader());
                    if (!type.isInterface()) {
                        Class.forName(name, true, Sets.class.getClassLoader());
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class the API does not need initialised (or cannot load): the factories we need still work
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
