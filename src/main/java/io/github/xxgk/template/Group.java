package io.github.xxgk.template;

/** A header that spans rows or columns without data of its own, e.g. 「（三）不予公开」 or 「法人或其他组织」. */
public record Group(String id, String number, String label) {
    public Group {
        number = number == null ? "" : number;
    }

    public String printed() {
        return number + label;
    }
}
