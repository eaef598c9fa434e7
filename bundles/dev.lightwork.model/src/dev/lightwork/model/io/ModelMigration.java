package dev.lightwork.model.io;

import java.util.List;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.lightwork.model.LightworkPackage;

/**
 * Upgrades design files written by older Lightwork versions. Each model version has its own nsURI; a step
 * rewrites the XML of one version into the next before EMF reads it, so the generated code only ever
 * sees the current metamodel.
 */
public final class ModelMigration {

    /** nsURI of model version 0 (Lightwork 0.0.x preview files). */
    public static final String NS_URI_V0 = "http://lightwork.dev/model/0.1";

    /** One upgrade: from {@code fromNsUri} to {@code toNsUri}. */
    interface Step {
        String fromNsUri();

        String toNsUri();

        void apply(Document document);
    }

    private static final List<Step> STEPS = List.of(new V0ToV1());

    private ModelMigration() {
    }

    /** Prefix every Lightwork nsURI starts with. */
    static final String NS_URI_BASE = "http://lightwork.dev/model/";

    /**
     * The Lightwork namespace the root element declares, or null. The document is parsed without namespace
     * awareness, so declarations are plain attributes and a rename serialises back exactly as written.
     */
    static String modelNamespace(Document document) {
        NamedNodeMap attrs = document.getDocumentElement().getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node n = attrs.item(i);
            if (n.getNodeName().startsWith("xmlns") && n.getNodeValue().startsWith(NS_URI_BASE)) {
                return n.getNodeValue();
            }
        }
        return null;
    }

    /** True when the nsURI belongs to an older version that {@link #migrate} can upgrade. */
    public static boolean isOlderVersion(String nsUri) {
        return STEPS.stream().anyMatch(s -> s.fromNsUri().equals(nsUri));
    }

    /** Applies every step needed to bring the document to {@link LightworkPackage#eNS_URI}. */
    static void migrate(Document document) {
        String ns = modelNamespace(document);
        boolean moved = true;
        while (ns != null && !LightworkPackage.eNS_URI.equals(ns) && moved) {
            moved = false;
            for (Step step : STEPS) {
                if (step.fromNsUri().equals(ns)) {
                    step.apply(document);
                    ns = step.toNsUri();
                    moved = true;
                }
            }
        }
    }

    /**
     * Version 0 stored the fibre length in kilometres ({@code lengthKm}) and called the laser's average output
     * power {@code launchPowerDbm}. Version 1 keeps every length in metres and names the power after what the
     * laser emits (the launch power into the fibre is computed, after modulator and mux losses).
     */
    static final class V0ToV1 implements Step {
        @Override
        public String fromNsUri() {
            return NS_URI_V0;
        }

        @Override
        public String toNsUri() {
            return LightworkPackage.eNS_URI;
        }

        @Override
        public void apply(Document document) {
            renameNamespace(document.getDocumentElement(), NS_URI_V0, LightworkPackage.eNS_URI);
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("lengthKm")) {
                    double km = Double.parseDouble(e.getAttribute("lengthKm").trim());
                    e.removeAttribute("lengthKm");
                    e.setAttribute("lengthM", Double.toString(km * 1000.0));
                }
                if (e.hasAttribute("launchPowerDbm")) {
                    e.setAttribute("outputPowerDbm", e.getAttribute("launchPowerDbm"));
                    e.removeAttribute("launchPowerDbm");
                }
            }
        }

        /** Rewrites the xmlns declaration (DOM keeps declarations as plain attributes). */
        private static void renameNamespace(Element root, String from, String to) {
            NamedNodeMap attrs = root.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node n = attrs.item(i);
                if (n instanceof Attr a && a.getName().startsWith("xmlns") && from.equals(a.getValue())) {
                    a.setValue(to);
                }
            }
        }
    }
}
