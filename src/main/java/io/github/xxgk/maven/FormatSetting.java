package io.github.xxgk.maven;

import java.nio.file.Path;
import java.util.Locale;

/** A format setting as the core takes it: a definition file ({@code .json}) made absolute against the project. */
final class FormatSetting {

    private FormatSetting() {
    }

    static String resolve(String setting, Path baseDirectory) {
        if (setting == null || !setting.strip().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return setting;
        }
        return baseDirectory.resolve(setting.strip()).toAbsolutePath().normalize().toString();
    }
}
