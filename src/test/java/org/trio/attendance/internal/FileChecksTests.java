package org.trio.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileChecksTests {

    @Test
    void recognisesPdfJpegAndPngFromTheirFirstBytes() {
        assertThat(FileChecks.contentType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
        assertThat(FileChecks.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(FileChecks.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
    }

    @Test
    void refusesOtherFilesWhateverTheirName() {
        assertThat(FileChecks.contentType("<html>certificat.pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileChecks.contentType(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(FileChecks.contentType(new byte[0])).isEmpty();
    }
}
