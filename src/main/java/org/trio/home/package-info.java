/**
 * Each person's home page: what they have to do now, gathered from every module through
 * {@link org.trio.home.HomeTaskProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accueil")
package org.trio.home;
