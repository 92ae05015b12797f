/**
 * Web extension points and helpers every module's pages use: navigation entries, public paths, paging and links.
 */
@org.springframework.modulith.NamedInterface("web")
package org.trio.platform.web;
