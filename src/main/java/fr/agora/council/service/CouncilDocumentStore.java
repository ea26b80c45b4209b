package fr.agora.council.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The councils' signed documents (the Préfet's arrêtés) on disk, under {@code agora.uploads.dir}/councils/&lt;id&gt;/,
 * with random names: a stored name never comes from the uploader.
 */
@Component
class CouncilDocumentStore {

    private final Path root;

    CouncilDocumentStore(@Value("${agora.uploads.dir}") String uploadsDir) {
        this.root = Path.of(uploadsDir).toAbsolutePath().normalize().resolve("councils");
    }

    /** True when the bytes start as a PDF does ({@code %PDF-}) and end with an end-of-file marker. */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 16 || bytes[0] != '%' || bytes[1] != 'P' || bytes[2] != 'D' || bytes[3] != 'F' || bytes[4] != '-') {
            return false;
        }
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Stores a PDF; returns its name relative to the store. */
    String store(long councilId, byte[] pdf) {
        String name = councilId + "/arrete-" + UUID.randomUUID() + ".pdf";
        Path file = root.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, pdf, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    byte[] read(String name) {
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("outside the store");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
