package io.github.xxgk.report;

import io.github.xxgk.core.ConfigurationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output directory a run owns. Reports are written into a staging folder inside it and then moved into place
 * one by one with an atomic rename, so a reader never sees a half-written report; a manifest ({@value #MANIFEST})
 * lists what the run wrote, and the next run removes exactly those files (a stale annotated workbook of a file
 * fixed since, last run's junit.xml) and nothing else that lives in the directory.
 */
final class OutputDirectory {

    static final String MANIFEST = ".xxgk-outputs";
    /** Held (an OS file lock) while a run owns the directory: a second run into it is a configuration error. */
    static final String LOCK = ".xxgk-lock";
    /**
     * Written last, once every report of a run is in place, and removed before the first is replaced: without it
     * the directory holds what an interrupted run left (some reports new, some old).
     */
    static final String COMPLETE = ".xxgk-complete";
    /** A folder of the staging area for per-file parts of reports; never published. */
    static final String PARTS = ".parts";

    private final Path root;
    private final Path staging;
    private final FileChannel lockChannel;
    private FileLock lock;

    private OutputDirectory(Path root, Path staging, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.staging = staging;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the directory for this run; another run holding it (this JVM's, with -T, or another process's) is a ConfigurationException. */
    static OutputDirectory open(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this JVM
        }
        if (lock == null) {
            channel.close();
            throw new ConfigurationException("outputBusy", Map.of("dir", dir.toString()));
        }
        return new OutputDirectory(dir, Files.createTempDirectory(dir, ".xxgk-staging-"), channel, lock);
    }

    /** Where a writer writes {@code name}; it appears under the output directory on {@link #commit()}. */
    Path staged(String name) {
        return staging.resolve(name);
    }

    Path published(String name) {
        return root.resolve(name);
    }

    /** Removes what the previous run wrote, moves this run's files into place and records them. */
    void commit() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !staging.relativize(p).startsWith(PARTS)).forEach(files::add);
        }
        Set<String> now = new LinkedHashSet<>();
        files.forEach(f -> now.add(name(staging.relativize(f))));
        for (Path f : files) {
            Path link = linkOnTheWay(root.resolve(staging.relativize(f)));
            if (link != null) {
                throw new IOException(link + " is a symbolic link; reports are never written through a link");
            }
        }
        Files.deleteIfExists(root.resolve(COMPLETE));
        removePrevious(now);
        for (Path f : files) {
            Path target = root.resolve(staging.relativize(f));
            Files.createDirectories(target.getParent());
            move(f, target);
        }
        Path manifest = staging.resolve(MANIFEST);
        Files.write(manifest, now, StandardCharsets.UTF_8);
        move(manifest, root.resolve(MANIFEST));
        Path complete = staging.resolve(COMPLETE);
        Files.writeString(complete, "complete " + Instant.now() + " " + now.size() + " files\n", StandardCharsets.UTF_8);
        move(complete, root.resolve(COMPLETE));
        discard();
    }

    /** Deletes the staging folder and whatever is left in it, and lets the directory go. */
    void discard() {
        release();
        if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover staging folder is harmless: it is hidden and never listed in the manifest
        }
    }

    /** Files the last run listed that this run does not write again; only paths inside the directory. */
    private void removePrevious(Set<String> now) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank() || now.contains(line)) {
                continue;
            }
            Path old = root.resolve(line).normalize();
            if (!old.startsWith(root) || old.equals(root) || Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)
                    || linkOnTheWay(old) != null) {
                continue; // never delete through a link: what it leads to is not this directory's
            }
            Files.deleteIfExists(old);
            for (Path dir = old.getParent(); !dir.equals(root) && isEmptyDirectory(dir); dir = dir.getParent()) {
                Files.delete(dir);
            }
        }
    }

    /** The first folder between the root and {@code target} that is a symbolic link, or null. */
    private Path linkOnTheWay(Path target) {
        for (Path dir = target.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir)) {
                return dir;
            }
        }
        return null;
    }

    private void release() {
        try {
            if (lock != null) {
                lock.release();
                lock = null;
            }
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the channel, and the channel with the process
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String name(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
