package fr.agora.walks.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The photos on disk, under {@code agora.uploads.dir}/walks/&lt;walk id&gt;/ with random names. Files are
 * written to a temporary name first and moved into place, so a reader never sees half a photo.
 */
@Component
class PhotoStore {

    private final Path root;

    PhotoStore(@Value("${agora.uploads.dir}") String uploadsDir) {
        this.root = Path.of(uploadsDir).toAbsolutePath().normalize().resolve("walks");
    }

    /** Writes the bytes and returns the stored name, relative to the photo root. */
    String write(long walkId, byte[] bytes, String extension) {
        String name = walkId + "/" + UUID.randomUUID() + "." + extension;
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

    byte[] read(String name) {
        try {
            return Files.readAllBytes(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            // a leftover file is harmless: it is not referenced
        }
    }

    /** The absolute path of a stored name; a name that escapes the root is refused. */
    Path resolve(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("Chemin de photo invalide");
        }
        return p;
    }
}
