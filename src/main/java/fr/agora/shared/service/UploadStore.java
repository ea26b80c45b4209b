package fr.agora.shared.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files on disk, under {@code agora.uploads.dir}/&lt;area&gt;/&lt;owner id&gt;/ with random names: a walk's
 * photos, a proposal's, a winner's. Files are written to a temporary name first and moved into place, so a reader
 * never sees half a file; a stored name that escapes the area's folder is refused. Each feature keeps its own
 * area through a small bean of its own (the walks' {@code PhotoStore}, the budget's {@code ProposalPhotoStore}).
 */
public class UploadStore {

    private final Path root;

    protected UploadStore(String uploadsDir, String area) {
        this.root = Path.of(uploadsDir).toAbsolutePath().normalize().resolve(area);
    }

    /** Writes the bytes and returns the stored name, relative to the area's folder. */
    public String write(long ownerId, byte[] bytes, String extension) {
        String name = ownerId + "/" + UUID.randomUUID() + "." + extension;
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    public byte[] read(String name) {
        try {
            return Files.readAllBytes(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            // a leftover file is harmless: nothing refers to it
        }
    }

    /** The absolute path of a stored name; a name that escapes the area's folder is refused. */
    public Path resolve(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("Chemin de fichier invalide");
        }
        return p;
    }
}
