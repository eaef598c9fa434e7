package dev.lightwork.report.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The report parsed as XML with the JDK parser (which fails on anything not well-formed), with lookups. */
final class ReportDom {

    final Document doc;

    ReportDom(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        doc = b.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    Element byId(String id) {
        return all().stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    List<Element> all() {
        return descendants(doc.getDocumentElement(), "*");
    }

    static List<Element> descendants(Element root, String localName) {
        List<Element> list = new ArrayList<>();
        if (localName.equals("*") || localName.equals(root.getLocalName())) {
            list.add(root);
        }
        NodeList nodes = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** Body rows of a table (its direct rows when it has no tbody). */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        List<Element> bodies = descendants(table, "tbody");
        for (Element tbody : bodies.isEmpty() ? List.of(table) : bodies) {
            for (Node n = tbody.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "tr".equals(e.getLocalName())) {
                    rows.add(e);
                }
            }
        }
        return rows;
    }

    /** Cells (td/th) of a row, in order. */
    static List<Element> cells(Element row) {
        List<Element> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("td".equals(e.getLocalName()) || "th".equals(e.getLocalName()))) {
                cells.add(e);
            }
        }
        return cells;
    }

    static String text(Element e) {
        return e.getTextContent().trim();
    }

    /** The cell of a row whose data-term is {@code term}. */
    static String term(Element row, String term) {
        return cells(row).stream().filter(c -> term.equals(c.getAttribute("data-term"))).map(ReportDom::text).findFirst()
                .orElseThrow(() -> new AssertionError("row has no " + term + " cell"));
    }

    /** Text of the row whose first cell is {@code first}. */
    static Element rowStartingWith(Element table, String first) {
        return rows(table).stream().filter(r -> text(cells(r).get(0)).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in table " + table.getAttribute("id")));
    }
}
