package io.github.xxgk.template;

/**
 * A header that spans rows or columns without data of its own, e.g. 「（三）不予公开」 or 「法人或其他组织」.
 * {@code inItemLabel} false leaves it out of the label a finding gives a cell: every column of table 三 sits under
 * 「申请人情况」, so 「（七）总计 × 自然人」 says enough.
 */
public record Group(String id, String number, String label, Boolean inItemLabel) {
    public Group {
        number = number == null ? "" : number;
        inItemLabel = inItemLabel == null || inItemLabel;
    }

    public Group(String id, String number, String label) {
        this(id, number, label, true);
    }

    public String printed() {
        return number + label;
    }
}
