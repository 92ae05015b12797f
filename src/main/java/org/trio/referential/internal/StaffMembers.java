package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffMembers extends JpaRepository<StaffMember, Long> {}
