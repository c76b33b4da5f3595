package io.github.xxgk.sandbox;

/**
 * A setting's value that cannot be used (a read limit, a path pattern, a format): an IllegalArgumentException whose
 * {@link #detail()} the goal prints in the user's language; its message is the detail in English.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final transient Detail detail;

    public InvalidSettingException(Detail detail, Throwable cause) {
        super(detail.english(), cause);
        this.detail = detail;
    }

    public InvalidSettingException(Detail detail) {
        this(detail, null);
    }

    public Detail detail() {
        return detail;
    }

    /** The detail of {@code e}: its own when it has one, else its message, quoted only in English. */
    public static Detail of(Throwable e) {
        return e instanceof InvalidSettingException s ? s.detail() : Detail.unlisted(String.valueOf(e.getMessage()));
    }
}
