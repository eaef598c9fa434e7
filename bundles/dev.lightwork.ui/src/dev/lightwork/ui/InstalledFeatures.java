package dev.lightwork.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.branding.IBundleGroupConstants;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The features p2 installed ({@code <install>/features/<id>_<version>/feature.xml}) as bundle groups, so
 * Help > About > Installation Details > Features lists them. The Eclipse IDE gets this from
 * {@code org.eclipse.update.configurator} (deprecated for removal, not in our target); this reads the same files
 * when the dialog asks. Features another provider already lists (Lightwork installed into an IDE) are skipped.
 */
final class InstalledFeatures implements IBundleGroupProvider {

    /** Registers the provider once; reading waits until About asks. */
    static void register() {
        Platform.registerBundleGroupProvider(new InstalledFeatures());
    }

    @Override
    public String getName() {
        return "Lightwork installed features";
    }

    @Override
    public IBundleGroup[] getBundleGroups() {
        // read on each call (About asks once; a few small files): an install or update shows at once
        return read(featuresFolder()).stream().filter(g -> !listedElsewhere(g.getIdentifier())).toArray(IBundleGroup[]::new);
    }

    private boolean listedElsewhere(String id) {
        for (IBundleGroupProvider provider : Platform.getBundleGroupProviders()) {
            if (provider != this && !(provider instanceof InstalledFeatures)) {
                for (IBundleGroup group : provider.getBundleGroups()) {
                    if (id.equals(group.getIdentifier())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Path featuresFolder() {
        Location install = Platform.getInstallLocation();
        if (install == null || install.getURL() == null) {
            return null;
        }
        try {
            return Path.of(install.getURL().toURI()).resolve("features");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Every readable {@code feature.xml} below {@code folder}; a broken one is logged and left out. */
    static List<IBundleGroup> read(Path folder) {
        List<IBundleGroup> result = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return result;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder)) {
            for (Path dir : dirs) {
                Path xml = dir.resolve("feature.xml");
                if (Files.isRegularFile(xml)) {
                    try {
                        result.add(feature(xml));
                    } catch (IOException | SAXException | ParserConfigurationException e) {
                        ILog.of(InstalledFeatures.class).warn("Installed feature " + xml + " cannot be read: " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            ILog.of(InstalledFeatures.class).warn("Installed features in " + folder + " cannot be listed: " + e.getMessage());
        }
        result.sort((a, b) -> a.getIdentifier().compareTo(b.getIdentifier()));
        return result;
    }

    private static IBundleGroup feature(Path xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc;
        try (InputStream in = Files.newInputStream(xml)) {
            doc = builder.parse(in);
        }
        Properties nls = new Properties();
        Path properties = xml.resolveSibling("feature.properties");
        if (Files.isRegularFile(properties)) {
            try (InputStream in = Files.newInputStream(properties)) {
                nls.load(in);
            }
        }
        Element root = doc.getDocumentElement();
        Set<String> plugins = new LinkedHashSet<>();
        NodeList list = root.getElementsByTagName("plugin");
        for (int i = 0; i < list.getLength(); i++) {
            plugins.add(((Element) list.item(i)).getAttribute("id"));
        }
        return new Feature(root.getAttribute("id"), root.getAttribute("version"),
                text(nls, root.getAttribute("label")), text(nls, root.getAttribute("provider-name")),
                text(nls, child(root, "description")), licenseUrl(root), plugins);
    }

    /** The licence's address (About's "License" button opens it); empty when the feature names none. */
    private static String licenseUrl(Element root) {
        NodeList list = root.getElementsByTagName("license");
        return list.getLength() == 0 ? "" : ((Element) list.item(0)).getAttribute("url").strip();
    }

    private static String child(Element root, String name) {
        NodeList list = root.getElementsByTagName(name);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().strip();
    }

    /** Resolves a {@code %key} of feature.properties, as p2 does. */
    private static String text(Properties nls, String value) {
        if (value != null && value.startsWith("%")) {
            return nls.getProperty(value.substring(1), value);
        }
        return value == null ? "" : value;
    }

    private record Feature(String id, String version, String name, String provider, String description,
            String licenseUrl, Set<String> plugins) implements IBundleGroup {

        @Override
        public String getIdentifier() {
            return id;
        }

        @Override
        public String getName() {
            return name.isEmpty() ? id : name;
        }

        @Override
        public String getVersion() {
            return version;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public String getProviderName() {
            return provider;
        }

        @Override
        public Bundle[] getBundles() {
            Set<String> seen = new HashSet<>();
            List<Bundle> bundles = new ArrayList<>();
            for (String plugin : plugins) {
                Bundle[] found = Platform.getBundles(plugin, null);
                if (found != null && seen.add(plugin)) {
                    bundles.add(found[0]);
                }
            }
            return bundles.toArray(Bundle[]::new);
        }

        @Override
        public String getProperty(String key) {
            if (IBundleGroupConstants.LICENSE_HREF.equals(key)) {
                return licenseUrl.isEmpty() ? null : licenseUrl;
            }
            return IBundleGroupConstants.ABOUT_TEXT.equals(key) ? description : null;
        }
    }
}
