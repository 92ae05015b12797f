package org.trio.platform.demo;

/**
 * A module's part of the demo network. Contributors run in {@link #order()} on the first start (or from the command
 * line at any size) inside one transaction; what one shares in the {@link DemoContext} the next ones can use.
 */
public interface DemoDataContributor {

    /** Referential 100, contracts 200, follow-up modules 300–800, accounts 900. */
    int order();

    void contribute(DemoContext context);
}
