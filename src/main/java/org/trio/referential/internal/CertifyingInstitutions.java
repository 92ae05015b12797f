package org.trio.referential.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertifyingInstitutions extends JpaRepository<CertifyingInstitution, Long> {}
