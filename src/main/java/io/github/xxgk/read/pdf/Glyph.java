package io.github.xxgk.read.pdf;

/**
 * One character printed on a page, in page space with the origin at the top left: {@code x} its left edge,
 * {@code baseline} the line it stands on, {@code width} and {@code height} its box, {@code size} the font size.
 */
record Glyph(String text, float x, float baseline, float width, float height, float size) {

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - height / 2;
    }

    float right() {
        return x + width;
    }
}
