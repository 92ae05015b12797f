package org.trio.quality.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.trio.shared.InvalidInputException;

/** A document or a link the CFA keeps as evidence for one Qualiopi indicator, dated and possibly time-limited. */
@Entity
@Table(schema = "quality", name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cfa_id")
    public long cfaId;

    public short indicator;

    public String title;

    public @Nullable String description;

    public String kind;

    public @Nullable String url;

    @Column(name = "file_id")
    public @Nullable Long fileId;

    @Column(name = "document_date")
    public LocalDate documentDate;

    @Column(name = "valid_until")
    public @Nullable LocalDate validUntil;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    long version;

    protected Evidence() {}

    Evidence(
            long cfaId,
            int indicator,
            String title,
            @Nullable String description,
            @Nullable String url,
            @Nullable Long fileId,
            LocalDate documentDate,
            @Nullable LocalDate validUntil,
            OffsetDateTime createdAt,
            String createdBy) {
        if (validUntil != null && validUntil.isBefore(documentDate)) {
            throw InvalidInputException.of("validUntil", "evidence.validUntil.beforeDate");
        }
        this.cfaId = cfaId;
        this.indicator = (short) indicator;
        this.title = title;
        this.description = description;
        this.kind = fileId != null ? "FILE" : "LINK";
        this.url = url;
        this.fileId = fileId;
        this.documentDate = documentDate;
        this.validUntil = validUntil;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
