package io.github.xxgk.table.bind;

import io.github.xxgk.template.FormatDefinition;

/**
 * A map key of a format instance and a value: formats are compared by identity (a definition is loaded once per
 * run; comparing two by their content would walk every table), the value by equality.
 */
record FormatKey<V>(FormatDefinition format, V value) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FormatKey<?> k && k.format == format && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(format) + value.hashCode();
    }
}
