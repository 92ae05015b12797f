package org.trio.platform.web;

import java.util.List;

/**
 * Paths a module serves without login (e.g. a survey's private link, a calendar feed with its secret token), declared
 * as a bean. Each such page checks its own token.
 */
public record PublicPaths(List<String> patterns) {}
