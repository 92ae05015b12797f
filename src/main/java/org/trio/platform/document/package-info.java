/**
 * Documents every module produces: tables exported to XLSX and CSV ({@link org.trio.platform.document.Table},
 * {@link org.trio.platform.document.TableExports}) and the file names of downloads
 * ({@link org.trio.platform.document.Downloads}).
 */
@org.springframework.modulith.NamedInterface("document")
package org.trio.platform.document;
