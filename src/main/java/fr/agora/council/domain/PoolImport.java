package fr.agora.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The trace of one imported file: what it held and what became of it (the file itself is not kept). */
@Entity
@Table(name = "council_pool_import")
public class PoolImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draw_id")
    private CouncilDraw draw;

    @Column(nullable = false, length = 20)
    private String source;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "data_rows", nullable = false)
    private int dataRows;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int merged;

    @Column(name = "left_out", nullable = false)
    private int leftOut;

    @Column(name = "imported_by", nullable = false, length = 254)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "campaign_id")
    private Long campaignId;

    protected PoolImport() {
    }

    public PoolImport(CouncilDraw draw, String source, String fileName, int dataRows, int added, int merged,
            int leftOut, String importedBy, Instant importedAt) {
        this.draw = draw;
        this.source = source;
        this.fileName = fileName;
        this.dataRows = dataRows;
        this.added = added;
        this.merged = merged;
        this.leftOut = leftOut;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** Marks the import as the residents' candidacies of this call. */
    public PoolImport fromCall(long campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    /** The call whose candidacies were imported, or null for a file. */
    public Long getCampaignId() {
        return campaignId;
    }

    public CouncilDraw getDraw() {
        return draw;
    }

    public String getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public int getDataRows() {
        return dataRows;
    }

    public int getAdded() {
        return added;
    }

    public int getMerged() {
        return merged;
    }

    public int getLeftOut() {
        return leftOut;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
