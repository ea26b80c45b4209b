/**
 * Marches exploratoires: diagnostics en marchant, observations sur la carte, recommandations et suite donnée.
 * The root package is the module's API: the events other modules may listen to ({@link fr.agora.walks.WalkPublished},
 * {@link fr.agora.walks.WalkFollowUpPublished}, {@link fr.agora.walks.WalkClosed}); everything else ({@code domain},
 * {@code service}, {@code ui}) is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Walks (marches exploratoires)")
package fr.agora.walks;
