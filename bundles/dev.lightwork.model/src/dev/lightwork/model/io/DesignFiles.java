package dev.lightwork.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.lightwork.model.LightworkPackage;
import dev.lightwork.model.NamedElement;
import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.util.LightworkResourceFactoryImpl;

/**
 * Reading and writing {@code .lightwork} files so that bad files cannot hurt the user:
 * <ul>
 * <li>DTDs and external entities are refused (XXE, billion laughs) before anything is parsed;</li>
 * <li>malformed XML, unknown attributes and dangling references fail with file, line, column and element;
 * nothing half-loaded is ever returned (so it cannot be saved back over the user's file);</li>
 * <li>saving is atomic: a temp file in the same folder, flushed to disk, renamed over the target;</li>
 * <li>files of older model versions are migrated on load ({@link ModelMigration}).</li>
 * </ul>
 */
public final class DesignFiles {

    /** File extension of Lightwork designs. */
    public static final String EXTENSION = "lightwork";

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /**
     * Parsers are pooled per feature set; sharing the pool makes many small loads cheap (CLI batches). Only the SAX
     * parsers are pooled, not EMF's document handlers ({@code new XMLParserPoolImpl(true)}): a reused handler keeps state
     * of the previous document, and a file's verdict must never depend on which file was read before it.
     */
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(false);

    private DesignFiles() {
    }

    /** SAX features that make the parser refuse any DOCTYPE and never fetch external content. */
    static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put(DISALLOW_DOCTYPE, Boolean.TRUE);
        features.put(EXTERNAL_GENERAL, Boolean.FALSE);
        features.put(EXTERNAL_PARAMETER, Boolean.FALSE);
        features.put(LOAD_EXTERNAL_DTD, Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    /** Load options: secure parser, pooled, deferred IDREF resolution (designs reference parts by id). */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    /** Save options: UTF-8, one element per line so diffs of design revisions stay readable. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        return options;
    }

    /**
     * A resource set that knows the Lightwork package and file type without OSGi, and that can open no URI at all: a
     * design is self-contained, so nothing it names (a package namespace, a schema, a part in another document) is
     * ever fetched, over the network or from another file. Designs are read and written as streams by this class.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getURIConverter().getURIHandlers().clear();
        set.getURIConverter().getURIHandlers().add(new NoURIHandler());
        set.getPackageRegistry().put(LightworkPackage.eNS_URI, LightworkPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new LightworkResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new LightworkResourceFactoryImpl());
        return set;
    }

    /** Loads the design in {@code file} into a fresh resource set. */
    public static TransceiverDesign load(Path file) throws DesignLoadException {
        return design(loadResource(file, newResourceSet()), file);
    }

    /**
     * Loads {@code file} into {@code resources}. On any problem the half-built resource is unloaded and removed
     * from the set and a {@link DesignLoadException} is thrown.
     */
    public static Resource loadResource(Path file, ResourceSet resources) throws DesignLoadException {
        DesignLimits limits = DesignLimits.current();
        byte[] bytes = DesignFileGuard.read(file, limits);
        String text = DesignFileGuard.text(bytes);
        DesignFileGuard.beforeParse(file, text, limits);
        byte[] original = bytes;
        bytes = migrateIfOlder(file, bytes);
        if (bytes != original) {
            text = DesignFileGuard.text(bytes);
        }
        Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        if (resource instanceof ResourceImpl impl) {
            // References are by id: without this map every id lookup scans the whole design (quadratic load).
            impl.setIntrinsicIDToEObjectMap(new HashMap<>());
        }
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            DesignLoadException problem = describe(file, text, resource, e);
            discard(resources, resource);
            throw problem;
        }
        if (!resource.getErrors().isEmpty()) {
            DesignLoadException problem = describe(file, text, resource, null);
            discard(resources, resource);
            throw problem;
        }
        try {
            DesignFileGuard.afterParse(file, text, resource, limits);
        } catch (DesignLoadException e) {
            discard(resources, resource);
            throw e;
        }
        return resource;
    }

    private static TransceiverDesign design(Resource resource, Path file) throws DesignLoadException {
        List<EObject> contents = resource.getContents();
        if (contents.size() != 1 || !(contents.get(0) instanceof TransceiverDesign design)) {
            String found = contents.isEmpty() ? "nothing" : contents.get(0).eClass().getName();
            throw new DesignLoadException(file, "expected one TransceiverDesign at the top, found " + found, null);
        }
        return design;
    }

    private static void discard(ResourceSet resources, Resource resource) {
        resource.unload();
        resources.getResources().remove(resource);
    }

    /** Turns the first load error into a message naming file, line, column and element. */
    private static DesignLoadException describe(Path file, String text, Resource resource, Exception thrown) {
        Throwable cause = thrown;
        if (!resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Exception e) {
            cause = e;
        }
        while (cause instanceof Resource.IOWrappedException w && w.getCause() != null) {
            cause = w.getCause();
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException) {
                cause = t; // EMF wraps the parser's exception; its line and text are the useful part
                break;
            }
        }
        int more = Math.max(0, resource.getErrors().size() - 1);
        String suffix = more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "";
        if (cause instanceof SAXParseException sax) {
            return new DesignLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), saxProblem(sax) + suffix, sax);
        }
        if (cause instanceof FeatureNotFoundException f) {
            return new DesignLoadException(file, f.getLine(), f.getColumn(),
                    "unknown attribute or element '" + f.getName() + "' on " + describe(f.getObject()) + suffix, f);
        }
        if (cause instanceof UnresolvedReferenceException u) {
            return new DesignLoadException(file, u.getLine(), u.getColumn(), "dangling reference: " + u.getFeature().getName()
                    + "=\"" + u.getReference() + "\" on " + describe(u.getObject()) + " names no element in this design" + suffix, u);
        }
        if (cause instanceof java.io.UnsupportedEncodingException u) {
            int at = text.indexOf("encoding");
            return DesignFileGuard.at(file, text, at < 0 ? 0 : at, "the XML declaration names the encoding '" + DesignFileGuard.printable(u.getMessage())
                    + "', which Lightwork cannot read (use UTF-8)");
        }
        if (cause instanceof IllegalValueException v) {
            if (v.getLine() <= 0 && v.getFeature() != null) {
                // reference values are resolved after the whole document is read: EMF no longer knows where; find it
                String ownerId = v.getObject() instanceof NamedElement n ? n.getId() : null;
                String id = v.getValue() instanceof NamedElement n ? n.getId() : v.getValue() instanceof String str ? str : null;
                int at = DesignFileGuard.referenceOffset(text, ownerId, v.getFeature().getName(), id);
                return DesignFileGuard.at(file, text, at, illegalValue(v) + suffix);
            }
            return new DesignLoadException(file, v.getLine(), v.getColumn(), illegalValue(v) + suffix, v);
        }
        if (cause instanceof ClassNotFoundException c) {
            return new DesignLoadException(file, c.getLine(), c.getColumn(), "unknown element type '" + DesignFileGuard.printable(c.getName())
                    + "' (not a Lightwork part kind)" + suffix, c);
        }
        if (cause instanceof Resource.Diagnostic d) {
            return new DesignLoadException(file, d.getLine(), d.getColumn(), clean(d.getMessage()) + suffix, cause);
        }
        String message = cause == null ? "unknown problem" : cause.getMessage() == null ? cause.toString() : clean(cause.getMessage());
        return new DesignLoadException(file, message + suffix, cause);
    }

    /** "powerMw of Laser 'las0': 'abc' is not a valid number", "laser of Lane 'l0' names pd0, a Photodetector, not a Laser". */
    private static String illegalValue(IllegalValueException v) {
        String feature = v.getFeature() == null ? "a value" : v.getFeature().getName();
        Object value = v.getValue();
        if (value instanceof EObject target) {
            String id = target instanceof NamedElement n ? n.getId() : null;
            String expected = v.getFeature() != null && v.getFeature().getEType() instanceof org.eclipse.emf.ecore.EClass c
                    ? dev.lightwork.model.util.ModelLabels.kind(c) : "another kind";
            return feature + " of " + describe(v.getObject()) + " names " + (id == null ? "an element" : "'" + DesignFileGuard.printable(id) + "'")
                    + ", a " + dev.lightwork.model.util.ModelLabels.kind(target) + ", but must name a " + expected;
        }
        String type = v.getFeature() == null ? "" : v.getFeature().getEType().getName();
        String kind = type.contains("Double") || type.contains("Integer") || type.contains("Int") || type.contains("Long") ? "a number"
                : type.contains("Boolean") ? "true or false"
                : v.getFeature() != null && v.getFeature().getEType() instanceof org.eclipse.emf.ecore.EEnum e
                        ? "one of " + e.getELiterals().stream().map(org.eclipse.emf.ecore.EEnumLiteral::getLiteral).collect(java.util.stream.Collectors.joining(", "))
                        : "a valid value";
        return feature + " of " + describe(v.getObject()) + ": '" + DesignFileGuard.printable(String.valueOf(value)) + "' is not " + kind;
    }

    private static String saxProblem(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE") || m.contains("disallow-doctype-decl")) {
            return "DOCTYPE declarations are not allowed in Lightwork files (refused to protect against external "
                    + "entities and entity expansion)";
        }
        return "malformed XML: " + m;
    }

    private static String describe(EObject object) {
        if (object == null) {
            return "an element";
        }
        String id = object instanceof NamedElement n && n.getId() != null ? " '" + DesignFileGuard.printable(n.getId()) + "'" : "";
        return "element " + dev.lightwork.model.util.ModelLabels.kind(object) + id;
    }

    /**
     * EMF appends "(uri, line, column)" to its messages; the location is already in ours. Parser messages can start
     * with the exception's class name ("com.sun...MalformedByteSequenceException: Invalid byte 1 ..."): a person needs
     * the words, not the class.
     */
    private static String clean(String message) {
        int paren = message.lastIndexOf(" (");
        String m = paren > 0 && message.endsWith(")") && message.substring(paren).contains("file:")
                ? message.substring(0, paren) : message;
        java.util.regex.Matcher java = JAVA_PREFIX.matcher(m);
        if (java.find()) {
            String kind = java.group(1);
            String rest = m.substring(java.end()).strip();
            m = kind.contains("MalformedByteSequence") || kind.contains("CharConversion")
                    ? "the file is not UTF-8 text here (a byte sequence that is not a character; save the file as UTF-8, or name its "
                            + "encoding in the XML declaration)"
                    : rest.isEmpty() ? "the file cannot be read as a design" : rest;
        }
        return m;
    }

    private static final java.util.regex.Pattern JAVA_PREFIX = java.util.regex.Pattern.compile("^(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*(?:Exception|Error)):?");

    /** Rewrites an older file in memory (the file on disk stays as it is until the user saves). */
    private static byte[] migrateIfOlder(Path file, byte[] bytes) throws DesignLoadException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (!head.contains(ModelMigration.NS_URI_BASE) || head.contains(LightworkPackage.eNS_URI)) {
            return bytes;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            for (Map.Entry<String, Boolean> f : secureParserFeatures().entrySet()) {
                factory.setFeature(f.getKey(), f.getValue());
            }
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            String ns = ModelMigration.modelNamespace(document);
            if (ns == null || !ModelMigration.isOlderVersion(ns)) {
                if (ns != null && !ns.equals(LightworkPackage.eNS_URI)) {
                    throw new DesignLoadException(file, "unsupported model version " + ns + " (this Lightwork reads "
                            + LightworkPackage.eNS_URI + " and older)", null);
                }
                return bytes;
            }
            ModelMigration.migrate(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var transformer = tf.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (SAXParseException e) {
            throw new DesignLoadException(file, e.getLineNumber(), e.getColumnNumber(), saxProblem(e), e);
        } catch (SAXException | ParserConfigurationException | TransformerException | IOException | NumberFormatException e) {
            throw new DesignLoadException(file, "cannot migrate older design file: " + e.getMessage(), e);
        }
    }

    /** Saves {@code design} (in its resource, or a new one) to {@code file} atomically. */
    public static void save(TransceiverDesign design, Path file) throws IOException {
        Resource resource = design.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(design);
        }
        save(resource, file);
    }

    /**
     * Serialises the whole resource into memory first (a serialisation error leaves the old file untouched), then
     * writes a temp file beside the target, forces it to disk and renames it over the target.
     */
    public static void save(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        resource.save(buffer, saveOptions());
        AtomicFiles.write(file, buffer.toByteArray());
    }
}
