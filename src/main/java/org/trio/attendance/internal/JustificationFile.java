package org.trio.attendance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.trio.shared.RestrictedData;

/** The file attached to a justification (a photo or a PDF), read only when someone allowed opens it. */
@Entity
@Table(schema = "attendance", name = "justification_file")
@RestrictedData
class JustificationFile {

    @Id
    @Column(name = "justification_id")
    Long justificationId;

    @Column(name = "file_name")
    String fileName;

    @Column(name = "content_type")
    String contentType;

    @Column(name = "size_bytes")
    int sizeBytes;

    byte[] content;

    @Version
    long version;

    protected JustificationFile() {}

    JustificationFile(long justificationId, String fileName, String contentType, byte[] content) {
        this.justificationId = justificationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }
}
