package org.trio.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceFilesTests {

    @Test
    void recognisesTheContentOfEachAcceptedType() {
        assertThat(EvidenceFiles.matches("pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(EvidenceFiles.matches("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}))
                .isTrue();
        assertThat(EvidenceFiles.matches("jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isTrue();
        assertThat(EvidenceFiles.matches("docx", new byte[] {'P', 'K', 3, 4, 0}))
                .isTrue();
        assertThat(EvidenceFiles.matches("txt", "Procès-verbal".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @Test
    void refusesAContentThatIsNotItsExtension() {
        assertThat(EvidenceFiles.matches("pdf", new byte[] {'M', 'Z', 0})).isFalse();
        assertThat(EvidenceFiles.matches("txt", new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(EvidenceFiles.matches("txt", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isFalse();
        assertThat(EvidenceFiles.matches("exe", new byte[] {'M', 'Z'})).isFalse();
    }

    @Test
    void keepsOnlyTheFileNameOfAnUploadedPath() {
        assertThat(EvidenceFiles.cleanName("C:\\Users\\qualite\\PV conseil.pdf"))
                .isEqualTo("PV conseil.pdf");
        assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceFiles.cleanName(null)).isEqualTo("document");
        assertThat(EvidenceFiles.extensionOf("Rapport.PDF")).isEqualTo("pdf");
    }
}
