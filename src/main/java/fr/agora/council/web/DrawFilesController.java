package fr.agora.council.web;

import fr.agora.council.service.DrawPublicationService;
import fr.agora.shared.domain.BusinessException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stable public links to a draw's files (issue 14, item 7), not tied to a browser session as the page's download
 * handlers are: {@code /tirages/<id>/vivier.csv}, {@code quotas.csv} (public from the freeze), {@code registre.json}
 * and {@code sieges.jsonl} (public once drawn), and the small verifier {@code /verificateur/agora-verify.jar}
 * ({@code agora.verifier.jar}, by default next to the application, else the build's {@code target/}). Read-only GETs of what the public page shows; a
 * file not yet public is a 404, as for an unknown draw.
 */
@RestController
class DrawFilesController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final DrawPublicationService publication;
    private final Path verifier;

    DrawFilesController(DrawPublicationService publication,
            @Value("${agora.verifier.jar:agora-verify.jar}") String verifier) {
        this.publication = publication;
        this.verifier = Path.of(verifier);
    }

    @GetMapping("/tirages/{draw:[0-9]{1,18}}/vivier.csv")
    ResponseEntity<byte[]> pool(@PathVariable("draw") long draw) {
        return file(draw, publication::poolCsv, "vivier-" + draw + ".csv", CSV);
    }

    @GetMapping("/tirages/{draw:[0-9]{1,18}}/quotas.csv")
    ResponseEntity<byte[]> quotas(@PathVariable("draw") long draw) {
        return file(draw, publication::quotasCsv, "quotas-" + draw + ".csv", CSV);
    }

    @GetMapping("/tirages/{draw:[0-9]{1,18}}/registre.json")
    ResponseEntity<byte[]> record(@PathVariable("draw") long draw) {
        return file(draw, publication::record, "registre-" + draw + ".json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/tirages/{draw:[0-9]{1,18}}/sieges.jsonl")
    ResponseEntity<byte[]> seats(@PathVariable("draw") long draw) {
        return file(draw, publication::seats, "sieges-" + draw + ".jsonl", new MediaType("application", "jsonl"));
    }

    @GetMapping("/verificateur/agora-verify.jar")
    ResponseEntity<Resource> verifier() {
        Path jar = Files.isRegularFile(verifier) ? verifier : Path.of("target", "agora-verify.jar");
        if (!Files.isRegularFile(jar)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/java-archive"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("agora-verify.jar")
                        .build().toString())
                .body(new FileSystemResource(jar));
    }

    private static ResponseEntity<byte[]> file(long draw, LongFunction<byte[]> read, String name, MediaType type) {
        byte[] bytes;
        try {
            bytes = read.apply(draw);
        } catch (BusinessException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).build();
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
