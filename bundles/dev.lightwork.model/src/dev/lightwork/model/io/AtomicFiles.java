package dev.lightwork.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Crash-safe file replacement. Kept free of EMF on purpose: the kill-during-save test runs it in a child JVM
 * with nothing else on the class path.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * For generated outputs (reports, diagrams, fronts): like {@link #write}, but refuses a target that is a symbolic
     * link (the user may believe it writes elsewhere) or anything but a regular file (a device node, a FIFO).
     */
    public static void writeOutput(Path file, byte[] bytes) throws IOException {
        refuseUnsafeTarget(file);
        write(file, bytes);
    }

    /** Throws when {@code file} exists as a symbolic link or as something other than a regular file. */
    public static void refuseUnsafeTarget(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; refusing to replace it (write to the real path instead)");
        }
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file (a folder, device or pipe); refusing to write there");
        }
    }

    /** Replaces {@code file} with {@code bytes} so a crash leaves either the old or the new content. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            keepPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temp files are created private (0600); without this a save would silently make the user's design
     * unreadable to their group. Keep the old file's permissions, or use rw-r--r-- for a new file.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Makes the rename itself durable (POSIX: fsync the directory); not possible on every platform. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; the rename is still atomic there.
        }
    }
}
