/**
 * The deterministic demo-data generator: each module contributes its part through {@link
 * org.trio.platform.demo.DemoDataContributor}; {@link org.trio.platform.demo.DemoContext} gives them seeded random
 * streams, French names, valid identifiers, reserved ids and PostgreSQL {@code COPY} for volume.
 */
@org.springframework.modulith.NamedInterface("demo")
package org.trio.platform.demo;
