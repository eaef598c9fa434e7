package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.lightwork.cli.validate.DesignResult.Check;
import dev.lightwork.cli.validate.DesignResult.Finding;
import dev.lightwork.cli.validate.DesignResult.Verdict;

/**
 * JUnit XML (the Ant/Jenkins format CI servers read): one testsuite per design, one testcase per check (each
 * lane's link budget, module power, thermal network). A violated check is a failure; a design that cannot be
 * checked is an error. Elements are in the order the Jenkins junit-4 schema requires.
 */
final class JUnitReport implements Report {

    @Override
    public void write(Batch batch, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "lightwork validate");
            int tests = 0;
            int failures = 0;
            int errors = 0;
            for (DesignResult r : batch.results()) {
                tests += testCount(r);
                failures += failures(r);
                errors += errors(r);
            }
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Integer.toString(failures));
            x.writeAttribute("errors", Integer.toString(errors));
            x.writeCharacters("\n");
            for (DesignResult r : batch.results()) {
                suite(x, r);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static int testCount(DesignResult r) {
        return r.checks().size() + (r.verdict() == Verdict.ERROR ? 1 : 0);
    }

    private static int failures(DesignResult r) {
        return (int) r.checks().stream().filter(Check::failed).count();
    }

    private static int errors(DesignResult r) {
        return r.verdict() == Verdict.ERROR ? 1 : 0;
    }

    private static void suite(XMLStreamWriter x, DesignResult r) throws XMLStreamException {
        x.writeStartElement("testsuite");
        attribute(x, "name", r.file());
        x.writeAttribute("tests", Integer.toString(testCount(r)));
        x.writeAttribute("failures", Integer.toString(failures(r)));
        x.writeAttribute("errors", Integer.toString(errors(r)));
        x.writeAttribute("skipped", "0");
        if (r.id() != null) {
            attribute(x, "package", r.id());
        }
        x.writeCharacters("\n");
        if (r.id() != null) {
            x.writeStartElement("properties");
            property(x, "design.id", r.id());
            property(x, "design.name", r.name() == null ? "" : r.name());
            property(x, "verdict", r.verdict().jsonName());
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        String className = "lightwork." + (r.id() != null ? r.id() : r.file());
        if (r.verdict() == Verdict.ERROR) {
            x.writeStartElement("testcase");
            attribute(x, "classname", className);
            x.writeAttribute("name", "design input");
            x.writeStartElement("error");
            attribute(x, "message", r.error());
            x.writeAttribute("type", r.errorRule().id());
            text(x, r.error());
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        for (Check c : r.checks()) {
            x.writeStartElement("testcase");
            attribute(x, "classname", className);
            attribute(x, "name", c.name());
            List<Finding> errors = c.findings().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                x.writeStartElement("failure");
                attribute(x, "message", errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
                attribute(x, "type", errors.get(0).rule().id());
                text(x, errors.stream().map(f -> TextReport.describe(r, f)).collect(Collectors.joining("\n")));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        attribute(x, "value", value);
    }

    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, xmlSafe(value));
    }

    private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeCharacters(xmlSafe(value));
    }

    /** XML 1.0 cannot carry some characters at all (control characters, lone surrogates), escaped or not. */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                b.append(c);
            } else {
                b.append('\uFFFD');
            }
        }
        return b.toString();
    }
}
