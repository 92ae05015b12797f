package org.trio.booklet.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A file attached to an entry, kept in the database (table {@code booklet.attachment}). */
@Entity
@Table(schema = "booklet", name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "entry_id")
    long entryId;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "content_type")
    String contentType;

    @Column(name = "size_bytes")
    int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    byte[] content;

    @Column(name = "uploaded_at")
    Instant uploadedAt;

    @Version
    long version;

    protected Attachment() {}

    Attachment(long entryId, AttachmentCheck.Accepted file, Instant now) {
        this.entryId = entryId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.content().length;
        this.content = file.content();
        this.uploadedAt = now;
    }
}
