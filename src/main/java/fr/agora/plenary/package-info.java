/**
 * Plénière annuelle des conseils citoyens (DOMAIN.md §1.7, §5.1, §7 I.44): the representatives each conseil
 * designates (three per collège, one to the comité opérationnel de suivi), the invitation list built from them, the
 * conseils' written contributions and the residents' comments, the motions voted live from phones through the voting
 * core, and the avis sent to the city with the answer of an elected official. The root package is the module's API
 * (nothing yet: the other modules do not read the plenary); {@code domain}, {@code service} and {@code ui} are internal.
 */
package fr.agora.plenary;
