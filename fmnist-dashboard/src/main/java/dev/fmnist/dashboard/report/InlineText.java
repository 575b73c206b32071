package dev.fmnist.dashboard.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text made safe to inline between {@code <script>} or {@code <style>} tags, where the HTML parser ends the
 * element at the first {@code </script} (any case) whatever the script means, and {@code <!--} can change how it
 * looks for that end.
 */
final class InlineText {
    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_END = Pattern.compile("</style", Pattern.CASE_INSENSITIVE);

    private InlineText() {
    }

    /**
     * JSON for a {@code <script type="application/json">} block: every {@code <} becomes {@code \u003c}, which
     * can only occur inside a JSON string, where it means the same character.
     */
    static String json(String json) {
        return json.replace("<", "\\u003c");
    }

    /**
     * A script for a {@code <script>} element: {@code </script} becomes {@code <\/script} and {@code <!--}
     * becomes {@code <\!--}; inside the string, template and regular-expression literals where these can occur in
     * a script, the backslash changes nothing.
     */
    static String script(String js) {
        return SCRIPT_END.matcher(js).replaceAll(m -> "<\\\\/" + Matcher.quoteReplacement(m.group(1)))
                .replace("<!--", "<\\!--");
    }

    /**
     * A style sheet for a {@code <style>} element.
     *
     * @throws IllegalArgumentException when it contains {@code </style}, which no bundled style sheet does
     */
    static String style(String css) {
        if (STYLE_END.matcher(css).find() || css.toLowerCase(Locale.ROOT).contains("<!--")) {
            throw new IllegalArgumentException("a style sheet to inline contains </style or <!--");
        }
        return css;
    }
}
