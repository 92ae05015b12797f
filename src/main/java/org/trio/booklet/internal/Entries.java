package org.trio.booklet.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Entries extends JpaRepository<Entry, Long> {

    List<Entry> findByBookletIdOrderByPostedAt(long bookletId);
}
