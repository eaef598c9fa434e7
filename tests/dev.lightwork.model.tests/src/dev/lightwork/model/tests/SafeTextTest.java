package dev.lightwork.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import dev.lightwork.model.io.SafeText;

/** Issue 14 item 5: the one set of output-escaping rules (XML/SVG/HTML, text lines, CSV cells). */
class SafeTextTest {

    @Test
    void xmlEscapesMarkupAndReplacesIllegalCharacters() {
        assertEquals("a&#39;&gt;&lt;script&gt;&amp;&quot;", SafeText.xml("a'><script>&\""));
        assertEquals("x\uFFFDy\uFFFDz\uD83D\uDE00", SafeText.xmlLegal("x\u0001y\uD800z\uD83D\uDE00"));
        assertEquals("\uFFFD", SafeText.xmlLegal("\uFFFE"));
    }

    @Test
    void textLinesCarryNoBreaksEscapesOrBidiOverrides() {
        String forged = "Lane 0\n1 design: 1 pass\u001B[2J\u202Etxt.exe\u0007";
        String line = SafeText.line(forged);
        assertFalse(line.contains("\n") || line.contains("\u001B") || line.contains("\u202E") || line.contains("\u0007"), line);
        assertEquals("Lane 0 1 design: 1 pass\uFFFD[2J\uFFFDtxt.exe\uFFFD", line);
    }

    @Test
    void csvCellsNeverStartAFormula() {
        assertEquals("'=2+3", SafeText.csvCell("=2+3"));
        assertEquals("'+1", SafeText.csvCell("+1"));
        assertEquals("'-1+2", SafeText.csvCell("-1+2"));
        assertEquals("'@SUM(A1)", SafeText.csvCell("@SUM(A1)"));
        assertEquals("'\tx", SafeText.csvCell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", SafeText.csvCell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("plain", SafeText.csvCell("plain"));
    }
}
