package org.trio.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Builds links from the current page in templates, e.g. {@code ${@links.withParam('page', 2)}} for the next page of a
 * filtered list, keeping every other filter. Links are relative to the host, so they stay right behind a proxy.
 */
@Component("links")
public class Links {

    public String withParam(String name, Object value) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
