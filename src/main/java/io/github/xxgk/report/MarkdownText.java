package io.github.xxgk.report;

/** Text from a file as Markdown: it stays text, never markup, a heading, a list or the end of a table cell. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Inline text and table cells: no line breaks, no pipes, no emphasis, links, code, headings or HTML. */
    static String esc(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\r', '\n' -> s.append(' ');
                case '<' -> s.append("&lt;");
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> s.append('\\').append(ch);
                default -> s.append(ch);
            }
        }
        return s.toString();
    }

    /**
     * A paragraph that starts with text from a file: not indented code, a list item, a quote or a setext underline.
     */
    static String paragraph(String text) {
        return esc(text).stripLeading().replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([-+>=])", "\\\\$1");
    }
}
