/**
 * Each person's home page: what they have to do now, gathered from every module through
 * {@link org.trio.home.HomeTaskProvider}, and what matters to them at a glance through
 * {@link org.trio.home.HomePanelProvider}. The modules depend on the home module, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accueil")
package org.trio.home;
