package org.trio.booklet;

import java.time.Instant;

/**
 * Published when someone writes in a livret (a period return, a note or a reply).
 *
 * @param authorRole the role name of the author ({@code APPRENTICE}, {@code MENTOR}, {@code TUTOR}, …)
 */
public record BookletEntryPosted(
        long entryId, long contractId, long apprenticeId, EntryKind kind, String authorRole, Instant postedAt) {}
