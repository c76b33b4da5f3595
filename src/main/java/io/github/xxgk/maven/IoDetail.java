package io.github.xxgk.maven;

import io.github.xxgk.sandbox.Detail;
import io.github.xxgk.sandbox.InvalidSettingException;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a folder could not be checked or written, for a configuration error in the user's language: the common
 * refusals of the file system by their kind, with the path; any other by the system's own words, quoted.
 */
final class IoDetail {

    private IoDetail() {
    }

    static Detail of(Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof InvalidSettingException s) {
            return s.detail();
        }
        if (e instanceof FileSystemException f) {
            String path = String.valueOf(f.getFile());
            if (e instanceof NoSuchFileException) {
                return Detail.of("io.noSuchFile", message, "path", path);
            }
            if (e instanceof AccessDeniedException) {
                return Detail.of("io.accessDenied", message, "path", path);
            }
            if (e instanceof NotDirectoryException) {
                return Detail.of("io.notDirectory", message, "path", path);
            }
            if (e instanceof FileAlreadyExistsException) {
                return Detail.of("io.exists", message, "path", path);
            }
            if (f.getReason() != null) {
                return Detail.of("io.system", message, "path", path, "text", f.getReason());
            }
        }
        return Detail.of("io.other", message, "text", message);
    }
}
