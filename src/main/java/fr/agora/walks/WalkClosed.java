package fr.agora.walks;

/**
 * A walk reached its last step, « clôturée »: its recommendations have had their follow-up.
 *
 * @param walkId        the walk
 * @param title         its title
 * @param territoryCode the code of its territory
 */
public record WalkClosed(long walkId, String title, String territoryCode) {
}
