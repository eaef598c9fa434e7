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

    /**
     * A committed revision of a file: {@code commit} is the full id to load it with, {@code label} what a designer reads
     * ("3f2a1c9 2026-12-01 Raise lane0's laser"), {@code against} what it is compared with ("the working copy (modified
     * since 3f2a1c9)" or "3f2a1c9, the last commit of the file").
     */
    public record Revision(String commit, String label, String against) {
    }

    /**
     * The revision before the current one, as Compare With > Previous Revision means it: when the working copy differs
     * from the last commit that touched the file, that commit; when it does not, the commit before it that touched the
     * file (so the comparison always shows a change, as EGit's does).
     */
    public static Revision previous(Path file) throws RevisionException {
        try (Repository repo = repository(file); Git git = new Git(repo)) {
            String path = pathInRepository(repo, file);
            java.util.List<RevCommit> commits = new java.util.ArrayList<>();
            if (repo.resolve("HEAD^{commit}") == null) { // a repository without any commit yet
                throw new RevisionException(file + " has no committed revision in " + repo.getWorkTree() + " (the repository has no commit yet)");
            }
            git.log().addPath(path).setMaxCount(2).call().forEach(commits::add);
            if (commits.isEmpty()) {
                throw new RevisionException(file + " has no committed revision in " + repo.getWorkTree() + " (commit it first)");
            }
            boolean clean = git.status().addPath(path).call().isClean();
            if (!clean) {
                RevCommit last = commits.get(0);
                return new Revision(last.name(), label(last), "the working copy (modified since " + last.abbreviate(7).name() + ")");
            }
            if (commits.size() < 2) {
                throw new RevisionException(file + " has a single committed revision (" + commits.get(0).abbreviate(7).name()
                        + ") and no changes since: there is no previous revision to compare with");
            }
            RevCommit last = commits.get(0);
            return new Revision(commits.get(1).name(), label(commits.get(1)), last.abbreviate(7).name() + ", the file's last commit");
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new RevisionException(file + ": cannot read its Git history: " + e.getMessage());
        }
    }

    private static String label(RevCommit c) {
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochSecond(c.getCommitTime()).atOffset(ZoneOffset.UTC));
        return c.abbreviate(7).name() + " " + date + " " + c.getShortMessage();
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
