package org.trio.warning.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskReviews extends JpaRepository<RiskReview, Long> {}
