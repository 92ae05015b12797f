/** Page layout extension points shared by every module: navigation entries, public paths, paging, links. */
@org.springframework.modulith.NamedInterface("web")
package org.trio.platform.web;
