/**
 * PDF documents (attestations, reports, booklets) written as Thymeleaf templates under {@code templates/pdf/} and
 * rendered by {@link org.trio.platform.pdf.PdfRenderer} as accessible, tagged PDF with embedded fonts.
 */
@org.springframework.modulith.NamedInterface("pdf")
package org.trio.platform.pdf;
