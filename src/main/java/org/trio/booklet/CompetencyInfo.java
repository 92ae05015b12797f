package org.trio.booklet;

/** A competency of a programme's referential, with its block. */
public record CompetencyInfo(
        long id, long blockId, String blockCode, String blockTitle, String code, String title, boolean active) {}
