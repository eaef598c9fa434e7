package dev.lightwork.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Help topics: the table of contents of the help system, a topic's content (XHTML in a documentation bundle) and its
 * rendering as Eclipse Forms {@code FormText} markup (headings, paragraphs, lists, bold, code, links), which needs no
 * web browser engine.
 */
final class Topics {

    /** Topic shown by Help Contents: the first topic of the Lightwork guide. */
    static final String HOME = "/dev.lightwork.ui.help/html/getting-started.html";

    private Topics() {
    }

    /** The tables of contents of every documentation bundle, Lightwork's first. */
    static List<IToc> tocs() {
        List<IToc> tocs = new ArrayList<>(List.of(HelpSystem.getTocs()));
        tocs.sort((a, b) -> Boolean.compare(!isLightwork(a), !isLightwork(b)));
        return tocs;
    }

    private static boolean isLightwork(IToc toc) {
        return toc.getHref() != null && toc.getHref().startsWith("/dev.lightwork.ui.help/");
    }

    /** Every topic of every table of contents, depth first. */
    static List<ITopic> all() {
        List<ITopic> topics = new ArrayList<>();
        for (IToc toc : tocs()) {
            collect(toc.getTopics(), topics);
        }
        return topics;
    }

    private static void collect(ITopic[] topics, List<ITopic> into) {
        for (ITopic topic : topics) {
            into.add(topic);
            collect(topic.getSubtopics(), into);
        }
    }

    /** Title of the topic at {@code href} from the table of contents, else the href. */
    static String label(String href) {
        return all().stream().filter(t -> href.equals(t.getHref())).map(ITopic::getLabel).findFirst().orElse(href);
    }

    /** {@code /bundle/path} relative to the topic {@code base} (a link inside a topic), without a #fragment. */
    static String resolve(String base, String link) {
        String href = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        if (href.startsWith("/") || base == null) {
            return href;
        }
        String folder = base.substring(0, base.lastIndexOf('/') + 1);
        return normalise(folder + href);
    }

    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** A file URL of the topic (extracted from its jar when needed), or null. */
    static URL url(String href) {
        URL entry = entry(href);
        try {
            return entry == null ? null : FileLocator.toFileURL(entry);
        } catch (IOException e) {
            return null;
        }
    }

    private static URL entry(String href) {
        if (href == null || !href.startsWith("/") || href.indexOf('/', 1) < 0) {
            return null;
        }
        Bundle bundle = Platform.getBundle(href.substring(1, href.indexOf('/', 1)));
        return bundle == null ? null : bundle.getEntry(href.substring(href.indexOf('/', 1)));
    }

    /** The topic's XHTML document, or null when it cannot be read. */
    static Document document(String href) {
        URL entry = entry(href);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            return null;
        }
    }

    /** The topic's text (for search), lower case; empty when unreadable. */
    static String text(String href) {
        Document doc = document(href);
        return doc == null ? "" : doc.getDocumentElement().getTextContent().toLowerCase(Locale.ROOT);
    }

    /** The topic as FormText markup; a topic that cannot be read says so. */
    static String markup(String href) {
        Document doc = document(href);
        if (doc == null) {
            return "<form><p>The help topic " + escape(href) + " cannot be read.</p></form>";
        }
        StringBuilder out = new StringBuilder("<form>");
        Node body = doc.getElementsByTagName("body").item(0);
        if (body != null) {
            blocks(body, out);
        }
        return out.append("</form>").toString();
    }

    private static void blocks(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "h1" -> out.append("<p><span font=\"h1\">").append(escape(e.getTextContent().strip())).append("</span></p>");
                case "h2", "h3" -> out.append("<p><span font=\"h2\">").append(escape(e.getTextContent().strip())).append("</span></p>");
                case "p" -> out.append("<p>").append(inline(e)).append("</p>");
                case "pre" -> out.append("<p><span font=\"code\">").append(escape(e.getTextContent().strip())).append("</span></p>");
                case "ul", "ol" -> {
                    int number = 1;
                    for (Node li = e.getFirstChild(); li != null; li = li.getNextSibling()) {
                        if (li instanceof Element item && item.getTagName().equals("li")) {
                            out.append(e.getTagName().equals("ol") ? "<li style=\"text\" value=\"" + number++ + ".\">" : "<li>")
                                    .append(inline(item)).append("</li>");
                        }
                    }
                }
                default -> blocks(e, out);
            }
        }
    }

    private static String inline(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(escape(n.getNodeValue().replaceAll("\\s+", " ")));
            } else if (n instanceof Element e) {
                String text = escape(e.getTextContent().replaceAll("\\s+", " "));
                switch (e.getTagName()) {
                    case "b", "strong" -> out.append("<b>").append(text).append("</b>");
                    case "code" -> out.append("<span font=\"code\">").append(text).append("</span>");
                    case "a" -> out.append("<a href=\"").append(escape(e.getAttribute("href"))).append("\">").append(text).append("</a>");
                    default -> out.append(text);
                }
            }
        }
        return out.toString().strip();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
