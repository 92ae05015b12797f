package org.trio.booklet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trio.shared.InvalidInputException;

class AttachmentCheckTests {

    @Test
    void recognisesAPdfFromItsContentWhateverItsName() {
        AttachmentCheck.Accepted accepted =
                AttachmentCheck.check("C:\\Users\\léa\\photo.txt", "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.contentType()).isEqualTo("application/pdf");
        assertThat(accepted.fileName()).isEqualTo("photo.txt");
    }

    @Test
    void acceptsAPngPhotoAndAWordDocument() {
        assertThat(AttachmentCheck.check("chantier.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1})
                        .contentType())
                .isEqualTo("image/png");
        assertThat(AttachmentCheck.check("rapport.docx", new byte[] {'P', 'K', 3, 4, 0})
                        .contentType())
                .endsWith("wordprocessingml.document");
    }

    @Test
    void refusesAnExecutableAZipAndAnEmptyFile() {
        assertThatThrownBy(() -> AttachmentCheck.check("setup.exe", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).code())
                        .isEqualTo("booklet.attachment.type"));
        assertThatThrownBy(() -> AttachmentCheck.check("archive.zip", new byte[] {'P', 'K', 3, 4}))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AttachmentCheck.check("vide.pdf", new byte[0]))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0).code())
                        .isEqualTo("booklet.attachment.empty"));
    }

    @Test
    void refusesAFileOverTenMegabytes() {
        byte[] large = new byte[AttachmentCheck.MAX_BYTES + 1];
        large[0] = '%';
        large[1] = 'P';
        large[2] = 'D';
        large[3] = 'F';
        assertThatThrownBy(() -> AttachmentCheck.check("plan.pdf", large))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).problems().get(0))
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("file");
                            assertThat(problem.code()).isEqualTo("booklet.attachment.tooLarge");
                            assertThat(problem.arguments()).containsExactly("plan.pdf", 10);
                        }));
    }
}
