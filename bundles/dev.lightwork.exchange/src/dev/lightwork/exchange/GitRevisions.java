package dev.lightwork.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.lightwork.model.TransceiverDesign;
import dev.lightwork.model.io.DesignFiles;
import dev.lightwork.model.io.DesignLoadException;

/**
 * Earlier revisions of a design from the Git repository the file lives in (JGit: no git executable needed), and
 * the revision a report or workbook names in its title block.
 */
public final class GitRevisions {

    private GitRevisions() {
    }

    /** A revision that cannot be read: the message names the file, the revision and why. */
    public static final class RevisionException extends Exception {
        private static final long serialVersionUID = 1L;

        RevisionException(String message) {
            super(message);
        }
    }

    /** The design as committed at {@code revision} (any Git revision string: HEAD~1, a tag, a commit id). */
    public static TransceiverDesign load(Path file, String revision) throws RevisionException {
        byte[] content = read(file, revision);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lightwork-rev");
            Path copy = dir.resolve(file.getFileName().toString());
            Files.write(copy, content);
            return DesignFiles.load(copy);
        } catch (DesignLoadException e) {
            throw new RevisionException(e.getMessage().replace(dir.resolve(file.getFileName().toString()).toString(), revision + ":" + file));
        } catch (IOException e) {
            throw new RevisionException(file + " at " + revision + ": " + e.getMessage());
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) { // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The file's bytes at {@code revision}. */
    public static byte[] read(Path file, String revision) throws RevisionException {
        try (Repository repo = repository(file)) {
            String path = pathInRepository(repo, file);
            ObjectId commitId = repo.resolve(revision + "^{commit}");
            if (commitId == null) {
                throw new RevisionException(file + ": no revision '" + revision + "' in the repository " + repo.getWorkTree());
            }
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit commit = walk.parseCommit(commitId);
                try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                    if (tree == null) {
                        throw new RevisionException(file + ": not in revision " + revision + " (" + commit.abbreviate(7).name() + ")");
                    }
                    return repo.open(tree.getObjectId(0)).getBytes();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new RevisionException(file + " at " + revision + ": " + e.getMessage());
        }
    }

    /**
     * "3f2a1c9 (2026-12-01), modified" — the last commit that touched the file, and whether the working copy
     * differs — or empty when the file is not in a Git repository.
     */
    public static Optional<String> describe(Path file) {
        try (Repository repo = repository(file); Git git = new Git(repo)) {
            String path = pathInRepository(repo, file);
            var log = git.log().addPath(path).setMaxCount(1).call().iterator();
            if (!log.hasNext()) {
                return Optional.of("not committed");
            }
            RevCommit c = log.next();
            String date = DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochSecond(c.getCommitTime()).atOffset(ZoneOffset.UTC));
            boolean clean = git.status().addPath(path).call().isClean();
            return Optional.of(c.abbreviate(7).name() + " (" + date + ")" + (clean ? "" : ", modified"));
        } catch (IOException | GitAPIException | RevisionException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Repository repository(Path file) throws IOException, RevisionException {
        Path dir = file.toAbsolutePath().getParent();
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(dir.toFile()).readEnvironment();
        if (b.getGitDir() == null) {
            throw new RevisionException(file + " is not in a Git repository");
        }
        return b.setMustExist(true).build();
    }

    private static String pathInRepository(Repository repo, Path file) throws IOException, RevisionException {
        if (repo.isBare()) {
            throw new RevisionException(repo.getDirectory() + " is a bare repository");
        }
        Path top = repo.getWorkTree().toPath().toRealPath();
        Path abs = file.toAbsolutePath().normalize();
        Path real = Files.exists(abs) ? abs.toRealPath() : abs.getParent().toRealPath().resolve(abs.getFileName());
        if (!real.startsWith(top)) {
            throw new RevisionException(file + " is outside the repository " + top);
        }
        return top.relativize(real).toString().replace('\\', '/');
    }
}
