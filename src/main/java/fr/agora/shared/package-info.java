/**
 * Socle partagé : comptes et rôles, territoires, journal d'audit, courriels, mise en page et cartes, et les
 * interfaces par lesquelles chaque fonctionnalité contribue aux pages communes (navigation, accueil, « Mon espace »,
 * tableau de bord, liens de territoire, données personnelles). Open module: every feature uses its domain types
 * ({@code Territory}, {@code Role}, {@code GeoPoint}) and its UI base ({@code MainLayout}, {@code AgoraView}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.agora.shared;
