package fr.agora.walks;

/**
 * The « suite donnée » of a walk (what was done after it) was published or updated: it is public. The walks module
 * tells the walk's participants; other modules may react too.
 *
 * @param walkId        the walk
 * @param title         its title
 * @param territoryCode the code of its territory
 * @param firstTime     true when published for the first time, false when an update
 */
public record WalkFollowUpPublished(long walkId, String title, String territoryCode, boolean firstTime) {
}
