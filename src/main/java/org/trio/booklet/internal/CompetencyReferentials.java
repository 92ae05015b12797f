package org.trio.booklet.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trio.access.AuditTrail;
import org.trio.booklet.CompetencyInfo;

/**
 * The competency referentials of the programmes. An import replaces a referential's content in one transaction:
 * blocks and competencies are matched by code (titles and order updated, new ones added); those no longer in the file
 * become inactive, so the evaluations already recorded on them stay readable.
 */
@Component
class CompetencyReferentials {

    /** A referential's heading. */
    public record Heading(long id, long programmeId, String title, String source, OffsetDateTime importedAt) {}

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    CompetencyReferentials(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    Optional<Heading> of(long programmeId) {
        return jdbc.sql("select id, programme_id, title, source, imported_at from booklet.competency_referential"
                        + " where programme_id = ?")
                .param(programmeId)
                .query(Heading.class)
                .optional();
    }

    List<CompetencyInfo> competencies(long programmeId) {
        return jdbc.sql("""
                        select c.id, b.id as block_id, b.code as block_code, b.title as block_title, c.code, c.title,
                               c.active
                        from booklet.competency c
                        join booklet.competency_block b on b.id = c.block_id
                        join booklet.competency_referential r on r.id = c.referential_id
                        where r.programme_id = ?
                        order by b.position, c.position
                        """).param(programmeId).query(CompetencyInfo.class).list();
    }

    /** Imports the blocks of a file as the programme's referential; returns the number of active competencies. */
    @Transactional
    int replace(long programmeId, String title, String source, List<CompetencyFile.Block> blocks, Instant now) {
        long referential = jdbc.sql("""
                        insert into booklet.competency_referential (programme_id, title, source, imported_at)
                        values (:programme, :title, :source, :now)
                        on conflict (programme_id) do update set title = excluded.title, source = excluded.source,
                            imported_at = excluded.imported_at, version = booklet.competency_referential.version + 1
                        returning id
                        """)
                .param("programme", programmeId)
                .param("title", title)
                .param("source", source)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        jdbc.sql("update booklet.competency set active = false where referential_id = ?")
                .param(referential)
                .update();
        jdbc.sql("update booklet.competency_block set position = position + 100000 where referential_id = ?")
                .param(referential)
                .update();
        int blockPosition = 0;
        int count = 0;
        for (CompetencyFile.Block block : blocks) {
            long blockId = jdbc.sql("""
                            insert into booklet.competency_block (referential_id, code, title, position)
                            values (?, ?, ?, ?)
                            on conflict (referential_id, code) do update set title = excluded.title,
                                position = excluded.position
                            returning id
                            """)
                    .params(referential, block.code(), block.title(), blockPosition++)
                    .query(Long.class)
                    .single();
            int position = 0;
            for (CompetencyFile.Item item : block.competencies()) {
                jdbc.sql("""
                                insert into booklet.competency (referential_id, block_id, code, title, position)
                                values (?, ?, ?, ?, ?)
                                on conflict (referential_id, code) do update set block_id = excluded.block_id,
                                    title = excluded.title, position = excluded.position, active = true
                                """)
                        .params(referential, blockId, item.code(), item.title(), position++)
                        .update();
                count++;
            }
        }
        audit.recordChange(
                "IMPORT",
                "booklet.competency_referential",
                String.valueOf(referential),
                null,
                "programme_id : " + programmeId + "; title : " + title + "; source : " + source + "; competencies : "
                        + count);
        return count;
    }
}
