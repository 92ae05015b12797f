package org.trio.referential;

/** A CFA's own site, or a UFA (unité de formation par apprentissage) hosted by another institution. */
public enum SiteKind {
    SITE,
    UFA
}
