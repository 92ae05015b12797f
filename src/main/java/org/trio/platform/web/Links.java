package org.trio.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds links from the current page in templates, e.g. {@code ${@links.withParam('page', 2)}} for the next page of a
 * filtered list, keeping every other filter.
 */
@Component("links")
public class Links {

    public String withParam(String name, Object value) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(name, value)
                .build()
                .toUriString();
    }
}
