/** Bean Validation constraints shared by every module's forms, with French messages naming the field. */
@org.springframework.modulith.NamedInterface("validation")
package org.trio.platform.validation;
