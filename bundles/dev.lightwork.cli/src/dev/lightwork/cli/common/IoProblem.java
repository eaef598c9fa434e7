package dev.lightwork.cli.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An input/output failure in words: "/out/x: permission denied" rather than the JDK's message, which for file-system
 * exceptions is often only the path ("cannot write the report: /out/x") and for others may be null or a class name.
 */
public final class IoProblem {

    private IoProblem() {
    }

    /** {@link #describe(IOException)}, or for another failure its message ("failed" when it has none, never "null"). */
    public static String describe(Exception e) {
        if (e instanceof IOException io) {
            return describe(io);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "failed" : message;
    }

    public static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": ";
            String what = e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException && f.getFile() != null && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(f.getFile()))
                            ? "is a file, not a folder" // creating a folder where a file is
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e instanceof DirectoryNotEmptyException ? "folder not empty"
                    : f.getReason() != null && !f.getReason().isBlank() ? f.getReason().strip() : "cannot be read or written";
            // a reason the operating system gives ("Read-only file system") stays beside the kind of failure
            String reason = f.getReason() == null || f.getReason().isBlank() || what.equals(f.getReason().strip()) ? "" : " (" + f.getReason().strip() + ")";
            return file + what + reason;
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "input/output failed";
        }
        return message;
    }
}
