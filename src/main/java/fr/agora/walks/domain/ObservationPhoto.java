package fr.agora.walks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A photo of an observation. The file on disk is a re-encoded copy without any metadata; its name is random. It is
 * pending until a moderator publishes or hides it.
 */
@Entity
@Table(name = "walk_photo")
public class ObservationPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    private Observation observation;

    @Column(name = "file_name", nullable = false, length = 80)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "original_type", nullable = false, length = 16)
    private String originalType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PhotoStatus status = PhotoStatus.PENDING;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected ObservationPhoto() {
    }

    public ObservationPhoto(Observation observation, String fileName, String mediaType, String originalType, int width,
            int height, long sizeBytes, Instant uploadedAt) {
        this.observation = observation;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.originalType = originalType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
    }

    public void setStatus(PhotoStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Observation getObservation() {
        return observation;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getOriginalType() {
        return originalType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public PhotoStatus getStatus() {
        return status;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
