package dev.fmnist.dashboard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InlineTextTest {
    @Test
    void jsonLosesEveryAngleBracketButKeepsItsMeaning() {
        assertEquals("{\"a\":\"\\u003c/script>\\u003c!--\"}", InlineText.json("{\"a\":\"</script><!--\"}"));
    }

    @Test
    void scriptsCannotEndTheirElementEarly() {
        assertEquals("var s = '<\\/script><\\/SCRIPT ><\\!--';", InlineText.script("var s = '</script></SCRIPT ><!--';"));
        assertEquals("var ok = a < b;", InlineText.script("var ok = a < b;"));
    }

    @Test
    void aStyleSheetThatWouldEndItsElementIsRefused() {
        assertEquals("a{b:c}", InlineText.style("a{b:c}"));
        assertThrows(IllegalArgumentException.class, () -> InlineText.style("a{}</STYLE>"));
    }
}
