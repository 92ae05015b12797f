/**
 * Reading uploaded spreadsheets (XLSX and CSV) row by row, for the imports of every module: the national upload file,
 * competency referentials, timetables. Every unusable file is refused with a French message naming the problem.
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package org.trio.platform.spreadsheet;
